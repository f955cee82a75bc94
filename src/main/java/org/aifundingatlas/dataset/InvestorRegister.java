package org.aifundingatlas.dataset;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aifundingatlas.core.model.InvestorType;

/**
 * investors.csv: each investor's canonical name, Chinese name, type and big-tech flag,
 * and the other spellings sources use for it ("Salesforce" for Salesforce Ventures). The
 * rounds file names investors as its sources do; the register makes each of them exist
 * once and refuses a name it does not know, so no investor goes unclassified.
 */
final class InvestorRegister {

	/** "Source Code Capital (源码资本)": an English name with its Chinese name aside. */
	private static final Pattern NAME_WITH_ASIDE = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)$");

	private final Map<String, Entry> byName = new HashMap<>();

	private InvestorRegister() {
	}

	static InvestorRegister read(CsvFile file) {
		InvestorRegister register = new InvestorRegister();
		file.forEachRecord((row) -> {
			Entry entry = new Entry(Slugs.of(row.get("name")), row.get("name"), CsvFile.text(row, "name_zh"),
					InvestorType.valueOf(row.get("type")), Boolean.parseBoolean(row.get("big_tech")));
			register.add(row.get("name"), entry);
			String aliases = CsvFile.text(row, "aliases");
			if (aliases != null) {
				for (String alias : aliases.split(";")) {
					register.add(alias, entry);
				}
			}
		});
		return register;
	}

	private void add(String name, Entry entry) {
		if (this.byName.putIfAbsent(key(name), entry) != null) {
			throw new IllegalArgumentException("Investor name '" + name + "' is registered twice");
		}
	}

	/** The register entry for an investor as a rounds file names it. */
	Entry resolve(String nameAsWritten) {
		Matcher aside = NAME_WITH_ASIDE.matcher(nameAsWritten.strip());
		String name = aside.matches() ? aside.group(1) : nameAsWritten.strip();
		Entry entry = this.byName.get(key(name));
		if (entry == null) {
			throw new IllegalArgumentException(
					"Investor '" + nameAsWritten + "' is not in investors.csv: add it with its type");
		}
		return entry;
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	record Entry(String slug, String name, String nameZh, InvestorType type, boolean bigTech) {
	}

}

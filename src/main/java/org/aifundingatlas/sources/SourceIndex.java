package org.aifundingatlas.sources;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.Stage;
import org.aifundingatlas.web.Urls;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the data come from: every round's source URL (grouped by site, each with the
 * rounds it backs) and the sources of the FX rates, one query each.
 */
@Service
@Transactional(readOnly = true)
public class SourceIndex {

	private final EntityManager entityManager;

	private final Urls urls;

	SourceIndex(EntityManager entityManager, Urls urls) {
		this.entityManager = entityManager;
		this.urls = urls;
	}

	/**
	 * Every distinct source URL of the cited rounds, grouped by site (host without www.).
	 * Synthetic rounds cite nothing (their URLs are on the reserved .invalid domain), and
	 * leaving them out keeps this list as long as the cited data, however many rounds a
	 * load test adds.
	 */
	public List<Site> roundSources() {
		Map<String, Map<String, List<RoundRef>>> bySite = new TreeMap<>();
		this.entityManager
			.createQuery("select r.sourceUrl, c.slug, c.name, c.nameZh, r.announcedOn, r.stage"
					+ " from FundingRound r join r.company c where r.synthetic = false"
					+ " order by r.sourceUrl, r.announcedOn, c.name", SourcedRound.class)
			.getResultList()
			.forEach((row) -> bySite.computeIfAbsent(site(row.url()), (site) -> new LinkedHashMap<>())
				.computeIfAbsent(row.url(), (u) -> new ArrayList<>())
				.add(new RoundRef(row.company(), row.companyZh(), row.announcedOn(), row.stage(),
						this.urls.with("/rounds", RoundFilter.all(), "company", row.companySlug()))));
		List<Site> sites = new ArrayList<>();
		bySite.forEach((site, urls) -> sites.add(new Site(site,
				urls.entrySet().stream().map((entry) -> new SourceUrl(entry.getKey(), entry.getValue())).toList())));
		return sites;
	}

	/** The publications the FX rates come from, with how many rates each gives. */
	public List<FxSource> fxSources() {
		return this.entityManager
			.createQuery("select f.sourceName, f.sourceUrl, count(f) from FxRate f"
					+ " group by f.sourceName, f.sourceUrl order by f.sourceName", FxSource.class)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing(FxSource::name))
			.toList();
	}

	static String site(String url) {
		try {
			String host = URI.create(url).getHost();
			if (host == null) {
				return url;
			}
			host = host.toLowerCase(Locale.ROOT);
			return host.startsWith("www.") ? host.substring(4) : host;
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

	/** A round's source as the query selects it, before it becomes a link. */
	record SourcedRound(String url, String companySlug, String company, String companyZh, LocalDate announcedOn,
			Stage stage) {

	}

	/**
	 * @param name the host, without "www."
	 * @param urls the source URLs on it
	 */
	public record Site(String name, List<SourceUrl> urls) {

		public int rounds() {
			return this.urls.stream().mapToInt((url) -> url.rounds().size()).sum();
		}

	}

	/**
	 * @param url the page a round was read from
	 * @param rounds the rounds it backs
	 */
	public record SourceUrl(String url, List<RoundRef> rounds) {

	}

	/**
	 * @param company the company's English name
	 * @param companyZh its Chinese name, if any
	 * @param announcedOn the announcement date
	 * @param stage the round's stage
	 * @param link the company's rounds
	 */
	public record RoundRef(String company, String companyZh, LocalDate announcedOn, Stage stage, String link) {

	}

	/**
	 * @param name the publication
	 * @param url where it is published
	 * @param rates how many of the stored rates it gives
	 */
	public record FxSource(String name, String url, long rates) {

	}

}

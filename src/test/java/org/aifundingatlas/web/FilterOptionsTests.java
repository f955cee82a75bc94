package org.aifundingatlas.web;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.aifundingatlas.web.FilterOptions.Choice;
import org.aifundingatlas.web.FilterOptions.Picked;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The filter form never lists every company or investor: it looks up only the names of
 * what the filter picked, one bounded query per kind, none when nothing is picked.
 */
@OnDatabase
class FilterOptionsTests {

	private static final SeedCsv csv = new SeedCsv();

	@Autowired
	FilterOptions options;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MockMvc mvc;

	@Test
	void nothingPickedIsNoQuery() throws Exception {
		long statements = SqlStatements.countDuring(this.entityManagerFactory,
				() -> this.options.picked(RoundFilter.all()));
		assertThat(statements).isZero();
	}

	@Test
	void pickedNamesTakeOneQueryPerKind() throws Exception {
		RoundFilter filter = RoundFilter.all().withInvestor("tencent").withCompany("anthropic");
		Picked[] picked = new Picked[1];
		long statements = SqlStatements.countDuring(this.entityManagerFactory,
				() -> picked[0] = this.options.picked(filter));
		assertThat(statements).isEqualTo(2);
		assertThat(picked[0].investor())
			.containsExactly(new Choice("tencent", "Tencent", csv.investor("tencent").get("name_zh")));
		assertThat(picked[0].company()).extracting(Choice::name)
			.containsExactly(csv.roundsOfCompany("anthropic").get(0).get("company"));
		assertThat(picked[0].excludeCompany()).isEmpty();
	}

	@Test
	void theFormListsNoInvestorsOrCompanies() throws Exception {
		String html = this.mvc.perform(get("/rounds").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String form = html.substring(html.indexOf("<form"), html.indexOf("</form>"));
		assertThat(form).doesNotContain("<select class=\"form-select\" id=\"f-investor\"")
			.doesNotContain("name=\"excludeCompany\" multiple");
		// No investor of the seed is named in the form when none is picked.
		List<String> named = csv.investorNames().stream().filter((name) -> form.contains(">" + name + "<")).toList();
		assertThat(named).isEmpty();
		assertThat(form).contains("role=\"combobox\"").contains("data-suggest=\"/api/v1/suggest/investors\"");
	}

}

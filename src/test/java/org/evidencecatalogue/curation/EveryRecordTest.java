package org.evidencecatalogue.curation;

import java.util.List;
import java.util.Map;

import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.evidencecatalogue.support.FormParams;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What holds for every seeded record of every kind: a curator can keep it right through its form alone. */
@CatalogueApplicationTest
class EveryRecordTest {

    static final String PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<RecordEditor<?>> editors;

    @Test
    void everyKindOfRecordIsEdited() {
        assertThat(this.editors).extracting((editor) -> editor.kind().path())
            .containsExactlyInAnyOrder("drugs", "conditions", "studies", "discussions", "sources");
    }

    /** Each form holds every value of its record: sent back unchanged, it changes nothing. */
    @Test
    @Transactional
    void everySeededRecordOpensInItsFormAndSavesBackUnchanged() throws Exception {
        for (RecordEditor<?> editor : this.editors) {
            for (RecordSummary record : editor.summaries()) {
                String edit = "/" + editor.kind().path() + "/" + record.slug() + "/edit";
                this.mvc.perform(get(edit).with(user("olga").roles("CURATOR"))).andExpect(status().isOk());
                this.mvc.perform(post(edit).with(user("olga").roles("CURATOR")).with(csrf())
                    .params(FormParams.of(editor.currentForm(record.slug())))).andExpect(status().isFound());
                assertThat(editor.currentForm(record.slug()).getVersion()).as(edit).isEqualTo(record.version());
            }
        }
    }

    /**
     * Stored XSS: every text field a curator can fill (and the public pages show) holds markup, and every page
     * shows it as text. Fields whose format forbids it (addresses, identifiers, choices) keep their values.
     */
    @Test
    @Transactional
    void everyStoredTextRendersEscaped() throws Exception {
        String[][] records = { { "studies", "roerink-2017-anakinra-me-cfs" }, { "drugs", "anakinra" },
                { "conditions", "mas" }, { "discussions", "phoenix-rising-anakinra-03-deleder2k-healthy-control" },
                { "sources", "atlas-summary-roerink-2017" } };
        for (String[] record : records) {
            RecordEditor<?> editor = this.editors.stream().filter((e) -> e.kind().path().equals(record[0])).findFirst().orElseThrow();
            saveWithPayload(editor, record[1]);
        }
        for (String page : new String[] { "/studies/roerink-2017-anakinra-me-cfs", "/studies", "/", "/drugs/anakinra",
                "/drugs", "/conditions/mas", "/conditions", "/conditions/secondary-hlh", "/discussions" }) {
            String html = this.mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page)
                .doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    private void saveWithPayload(RecordEditor<?> editor, String slug) throws Exception {
        String edit = "/" + editor.kind().path() + "/" + slug + "/edit";
        Object original = editor.currentForm(slug);
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(FormParams.of(original));
        Map<String, String> texts = FormParams.textFields(original, PAYLOAD);
        texts.forEach(params::set);
        BindingResult refused = (BindingResult) this.mvc.perform(post(edit).with(user("olga").roles("CURATOR")).with(csrf()).params(params))
            .andReturn()
            .getModelAndView()
            .getModel()
            .get(BindingResult.MODEL_KEY_PREFIX + "form");
        if (refused != null && refused.hasErrors()) {
            MultiValueMap<String, String> originals = FormParams.of(original);
            refused.getFieldErrors().forEach((error) -> params.put(error.getField(), originals.get(error.getField())));
            this.mvc.perform(post(edit).with(user("olga").roles("CURATOR")).with(csrf()).params(params))
                .andExpect(status().isFound());
        }
        assertThat(params.values().stream().filter((values) -> values.contains(PAYLOAD)).count()).as(edit)
            .isGreaterThanOrEqualTo(2);
    }

}

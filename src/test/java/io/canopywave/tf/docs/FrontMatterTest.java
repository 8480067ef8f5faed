package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void render_quotesAndMultiLineText_quotesTitlesAndIndentsTheDescriptionBlock() {
    FrontMatter header = new FrontMatter("say \"hi\" \\ there", "Compute",
        "Line one: `a`.\n\nLine two.  \n");

    assertThat(header.render()).isEqualTo("""
        ---
        page_title: "say \\"hi\\" \\\\ there"
        subcategory: "Compute"
        description: |-
          Line one: `a`.

          Line two.
        ---
        """);
  }
}

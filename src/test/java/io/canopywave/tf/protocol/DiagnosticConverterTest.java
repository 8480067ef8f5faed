package io.canopywave.tf.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import org.junit.jupiter.api.Test;

class DiagnosticConverterTest {

  @Test
  void toProto_errorAtRoot_hasNoAttributePath() {
    Tfplugin6.Diagnostic proto =
        DiagnosticConverter.toProto(Diagnostic.error("Broken", "It broke."));

    assertThat(proto.getSeverity()).isEqualTo(Tfplugin6.Diagnostic.Severity.ERROR);
    assertThat(proto.getSummary()).isEqualTo("Broken");
    assertThat(proto.getDetail()).isEqualTo("It broke.");
    assertThat(proto.hasAttribute()).isFalse();
  }

  @Test
  void toProto_warning_mapsSeverity() {
    Tfplugin6.Diagnostic proto = DiagnosticConverter.toProto(Diagnostic.warning("Careful", ""));

    assertThat(proto.getSeverity()).isEqualTo(Tfplugin6.Diagnostic.Severity.WARNING);
  }

  @Test
  void toProto_pathWithEveryStepKind_mapsEachStep() {
    AttributePath path = AttributePath.of("network").index(2).attribute("tags").key("env");

    Tfplugin6.Diagnostic proto =
        DiagnosticConverter.toProto(Diagnostic.error(path, "Bad tag", "detail"));

    assertThat(proto.getAttribute().getStepsList()).containsExactly(
        Tfplugin6.AttributePath.Step.newBuilder().setAttributeName("network").build(),
        Tfplugin6.AttributePath.Step.newBuilder().setElementKeyInt(2).build(),
        Tfplugin6.AttributePath.Step.newBuilder().setAttributeName("tags").build(),
        Tfplugin6.AttributePath.Step.newBuilder().setElementKeyString("env").build());
  }

  @Test
  void fromProto_afterToProto_returnsTheSameDiagnostic() {
    Diagnostic original = Diagnostic.warning(
        AttributePath.of("a").key("k").index(0), "Summary", "Detail");

    assertThat(DiagnosticConverter.fromProto(DiagnosticConverter.toProto(original)))
        .isEqualTo(original);
  }

  @Test
  void fromProto_invalidSeverity_isTreatedAsError() {
    Tfplugin6.Diagnostic proto = Tfplugin6.Diagnostic.newBuilder().setSummary("s").build();

    assertThat(DiagnosticConverter.fromProto(proto).severity())
        .isEqualTo(Diagnostic.Severity.ERROR);
  }

  @Test
  void fromProto_emptyStep_isRejected() {
    Tfplugin6.AttributePath path = Tfplugin6.AttributePath.newBuilder()
        .addSteps(Tfplugin6.AttributePath.Step.getDefaultInstance()).build();

    assertThatThrownBy(() -> DiagnosticConverter.fromProto(path))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toProto_rootPath_hasNoSteps() {
    assertThat(DiagnosticConverter.toProto(AttributePath.ROOT).getStepsCount()).isZero();
  }
}

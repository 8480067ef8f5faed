package io.canopywave.tf.protocol;

import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Converts diagnostics and attribute paths between the schema model and tfplugin6. */
final class DiagnosticConverter {
  private DiagnosticConverter() {}

  static List<Tfplugin6.Diagnostic> toProto(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(DiagnosticConverter::toProto).toList();
  }

  static Tfplugin6.Diagnostic toProto(Diagnostic diagnostic) {
    Tfplugin6.Diagnostic.Builder out = Tfplugin6.Diagnostic.newBuilder()
        .setSeverity(switch (diagnostic.severity()) {
          case ERROR -> Tfplugin6.Diagnostic.Severity.ERROR;
          case WARNING -> Tfplugin6.Diagnostic.Severity.WARNING;
        })
        .setSummary(diagnostic.summary())
        .setDetail(diagnostic.detail());
    // A root path stays unset: the client then points at the whole block.
    if (!diagnostic.path().isRoot()) {
      out.setAttribute(toProto(diagnostic.path()));
    }
    return out.build();
  }

  static Diagnostic fromProto(Tfplugin6.Diagnostic diagnostic) {
    Diagnostic.Severity severity = diagnostic.getSeverity() == Tfplugin6.Diagnostic.Severity.WARNING
        ? Diagnostic.Severity.WARNING
        : Diagnostic.Severity.ERROR;
    AttributePath path = diagnostic.hasAttribute()
        ? fromProto(diagnostic.getAttribute())
        : AttributePath.ROOT;
    return new Diagnostic(severity, diagnostic.getSummary(), diagnostic.getDetail(), path);
  }

  static Tfplugin6.AttributePath toProto(AttributePath path) {
    Tfplugin6.AttributePath.Builder out = Tfplugin6.AttributePath.newBuilder();
    for (AttributePath.Step step : path.steps()) {
      Tfplugin6.AttributePath.Step.Builder proto = Tfplugin6.AttributePath.Step.newBuilder();
      switch (step) {
        case AttributePath.Step.Attribute a -> proto.setAttributeName(a.name());
        case AttributePath.Step.MapKey k -> proto.setElementKeyString(k.key());
        case AttributePath.Step.Index i -> proto.setElementKeyInt(i.index());
      }
      out.addSteps(proto);
    }
    return out.build();
  }

  static AttributePath fromProto(Tfplugin6.AttributePath path) {
    List<AttributePath.Step> steps = new ArrayList<>();
    for (Tfplugin6.AttributePath.Step step : path.getStepsList()) {
      steps.add(switch (step.getSelectorCase()) {
        case ATTRIBUTE_NAME -> new AttributePath.Step.Attribute(step.getAttributeName());
        case ELEMENT_KEY_STRING -> new AttributePath.Step.MapKey(step.getElementKeyString());
        case ELEMENT_KEY_INT -> new AttributePath.Step.Index(step.getElementKeyInt());
        case SELECTOR_NOT_SET -> throw new IllegalArgumentException("attribute path step is empty");
      });
    }
    return new AttributePath(steps);
  }
}

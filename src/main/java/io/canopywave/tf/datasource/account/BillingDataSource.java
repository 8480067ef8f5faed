package io.canopywave.tf.datasource.account;

import io.canopywave.tf.api.model.BillingRecord;
import io.canopywave.tf.datasource.common.ItemField;
import io.canopywave.tf.datasource.common.ItemList;
import io.canopywave.tf.datasource.common.ListSpec;
import io.canopywave.tf.datasource.common.StandardScope;
import java.util.List;

/** {@code canopywave_billing}: the billing records of a project (a work-in-progress API). */
public final class BillingDataSource {
  public static final String TYPE_NAME = "canopywave_billing";

  static final ItemList<BillingRecord> ITEMS = ItemList.objects("records",
      "The billing records, in the order the API lists them; an answer with a single record"
          + " gives a list of one. Every field is text exactly as the API writes it (numbers"
          + " included), and null when the answer lacks it.",
      List.of(
          ItemField.string("billing_num", "The bill number.", BillingRecord::billingNumber),
          ItemField.string("period_from", "The start of the billed period.",
              BillingRecord::periodFrom),
          ItemField.string("period_to", "The end of the billed period.",
              BillingRecord::periodTo),
          ItemField.string("due_date", "When the bill is due.", BillingRecord::dueDate),
          ItemField.string("amount", "The amount, as text.", BillingRecord::amount),
          ItemField.string("timestamp", "When the record was made.",
              BillingRecord::timestamp)));

  private BillingDataSource() {}

  // Limitation: only the fields of each record are read leniently; an answer whose records are
  // not JSON objects at all (a list of strings, say) still fails the read with an error.
  public static ListSpec<BillingRecord> spec() {
    return new ListSpec<>(TYPE_NAME,
        "The billing records of a project. Canopy Wave marks this endpoint as **work in"
            + " progress**: its answer may change without notice. The data source therefore"
            + " tolerates missing and unknown fields: fields it does not know are ignored,"
            + " missing ones are null, and every field is a nullable string, so a later change"
            + " of the answer's number formats cannot break a configuration.",
        "billing records", StandardScope.PROJECT, ITEMS,
        query -> query.client().account().billing(query.scope().project()));
  }
}

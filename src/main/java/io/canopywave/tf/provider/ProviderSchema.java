package io.canopywave.tf.provider;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.schema.Block;
import io.canopywave.tf.schema.Schema;
import java.util.List;

/** The attributes of the {@code provider "canopywave"} block and their environment variables. */
final class ProviderSchema {
  static final String API_KEY = "api_key";
  static final String API_URL = "api_url";
  static final String PROJECT = "project";
  static final String REGION = "region";
  static final String REQUESTS_PER_SECOND = "requests_per_second";
  static final String MAX_RETRIES = "max_retries";

  static final String API_KEY_ENV = "CANOPYWAVE_API_KEY";
  static final String API_URL_ENV = "CANOPYWAVE_API_URL";
  static final String PROJECT_ENV = "CANOPYWAVE_PROJECT";
  static final String REGION_ENV = "CANOPYWAVE_REGION";
  static final String REQUESTS_PER_SECOND_ENV = "CANOPYWAVE_REQUESTS_PER_SECOND";

  static final String DEFAULT_API_URL = "https://cloud-api.canopywave.io/api/v1";
  static final double DEFAULT_REQUESTS_PER_SECOND = 10;
  static final int DEFAULT_MAX_RETRIES = 5;

  private ProviderSchema() {}

  static Schema schema() {
    return new Schema(0, Block.of(
        "Manages GPU instances, volumes, SSH keys, floating IPs and file systems in the "
            + "[Canopy Wave](https://canopywave.io) cloud.",
        List.of(
            Attribute.string(API_KEY).optional().sensitive()
                .description("API key for the Canopy Wave API. May also be set with the `"
                    + API_KEY_ENV + "` environment variable. Required by every operation that "
                    + "calls the API.")
                .build(),
            Attribute.string(API_URL).optional()
                .description("Base URL of the Canopy Wave API. May also be set with `"
                    + API_URL_ENV + "`. Defaults to `" + DEFAULT_API_URL + "`.")
                .build(),
            Attribute.string(PROJECT).optional()
                .description("Default project for resources that do not set their own. May "
                    + "also be set with `" + PROJECT_ENV + "`.")
                .build(),
            Attribute.string(REGION).optional()
                .description("Default region (data center) for resources that do not set "
                    + "their own. May also be set with `" + REGION_ENV + "`.")
                .build(),
            Attribute.number(REQUESTS_PER_SECOND).optional()
                .description("Most API requests per second the provider sends, over all "
                    + "resources. May also be set with `" + REQUESTS_PER_SECOND_ENV
                    + "`. Defaults to `10`.")
                .build(),
            Attribute.number(MAX_RETRIES).optional()
                .description("How many times a failed API request that is safe to repeat is "
                    + "retried, with backoff. `0` disables retries. Defaults to `5`.")
                .build())));
  }
}

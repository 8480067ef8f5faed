package io.canopywave.tf.api.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer <key>}; sends none when no key is configured. */
public final class AuthInterceptor implements Interceptor {
  private final String apiKey;

  public AuthInterceptor(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (apiKey.isEmpty()) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", "Bearer " + apiKey).build());
  }
}

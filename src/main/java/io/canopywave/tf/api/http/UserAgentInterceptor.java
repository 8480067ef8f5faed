package io.canopywave.tf.api.http;

import io.canopywave.tf.api.UserAgent;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets the User-Agent header (read per request: the client part arrives at configure time). */
public final class UserAgentInterceptor implements Interceptor {
  private final UserAgent userAgent;

  public UserAgentInterceptor(UserAgent userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain.request().newBuilder().header("User-Agent", userAgent.value()).build());
  }
}

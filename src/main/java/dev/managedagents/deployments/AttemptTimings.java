package dev.managedagents.deployments;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * When each step of one attempt happened, as OkHttp reports it: the SDK reads OkHttp's own events
 * rather than timing around its calls. {@link #factory} finds an attempt's timings by the request's
 * tag; it is installed only on a client with a {@link CallListener}, and passes every event on to
 * the caller's own {@code EventListener} too, if its {@code OkHttpClient} had one.
 */
final class AttemptTimings extends EventListener {
  /** The timings of an attempt on a client built without OkHttp's events: all unknown. */
  static final AttemptTimings UNTIMED = new AttemptTimings();

  private static final long UNSET = -1;

  private EventListener theirs = EventListener.NONE;

  // Written on the attempt's OkHttp thread, read when the attempt ends.
  volatile long connectionSearchStart = UNSET;
  volatile long connectStart = UNSET;
  volatile long connectEnd = UNSET;
  volatile long tlsStart = UNSET;
  volatile long tlsEnd = UNSET;
  volatile long requestStart = UNSET;
  volatile long responseStart = UNSET;
  volatile long requestBodyBytes = UNSET;
  volatile long responseBodyBytes = UNSET;

  /** OkHttp's factory: the tagged attempt's timings, else {@code theirs}' listener alone. */
  static EventListener.Factory factory(EventListener.@Nullable Factory theirs) {
    return call -> {
      AttemptTimings timings = call.request().tag(AttemptTimings.class);
      EventListener their = theirs == null ? EventListener.NONE : theirs.create(call);
      if (timings == null || timings == UNTIMED) {
        return their;
      }
      timings.theirs = their;
      return timings;
    };
  }

  long between(long start, long end) {
    return start == UNSET || end == UNSET ? UNSET : end - start;
  }

  long since(long start, long end) {
    return end == UNSET ? UNSET : end - start;
  }

  private void searching() {
    if (connectionSearchStart == UNSET) {
      connectionSearchStart = System.nanoTime();
    }
  }

  @Override
  public void callStart(Call call) {
    theirs.callStart(call);
  }

  @Override
  public void proxySelectStart(Call call, HttpUrl url) {
    searching();
    theirs.proxySelectStart(call, url);
  }

  @Override
  public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) {
    theirs.proxySelectEnd(call, url, proxies);
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    searching();
    theirs.dnsStart(call, domainName);
  }

  @Override
  public void dnsEnd(Call call, String domainName, List<java.net.InetAddress> addresses) {
    theirs.dnsEnd(call, domainName, addresses);
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    searching();
    connectStart = System.nanoTime();
    theirs.connectStart(call, address, proxy);
  }

  @Override
  public void secureConnectStart(Call call) {
    tlsStart = System.nanoTime();
    theirs.secureConnectStart(call);
  }

  @Override
  public void secureConnectEnd(Call call, @Nullable Handshake handshake) {
    tlsEnd = System.nanoTime();
    theirs.secureConnectEnd(call, handshake);
  }

  @Override
  public void connectEnd(
      Call call, InetSocketAddress address, Proxy proxy, @Nullable Protocol protocol) {
    connectEnd = System.nanoTime();
    theirs.connectEnd(call, address, proxy, protocol);
  }

  @Override
  public void connectFailed(
      Call call,
      InetSocketAddress address,
      Proxy proxy,
      @Nullable Protocol protocol,
      IOException failure) {
    theirs.connectFailed(call, address, proxy, protocol, failure);
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    searching();
    theirs.connectionAcquired(call, connection);
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    theirs.connectionReleased(call, connection);
  }

  @Override
  public void requestHeadersStart(Call call) {
    requestStart = System.nanoTime();
    theirs.requestHeadersStart(call);
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    theirs.requestHeadersEnd(call, request);
  }

  @Override
  public void requestBodyStart(Call call) {
    theirs.requestBodyStart(call);
  }

  @Override
  public void requestBodyEnd(Call call, long byteCount) {
    requestBodyBytes = byteCount;
    theirs.requestBodyEnd(call, byteCount);
  }

  @Override
  public void requestFailed(Call call, IOException failure) {
    theirs.requestFailed(call, failure);
  }

  @Override
  public void responseHeadersStart(Call call) {
    responseStart = System.nanoTime();
    theirs.responseHeadersStart(call);
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    theirs.responseHeadersEnd(call, response);
  }

  @Override
  public void responseBodyStart(Call call) {
    theirs.responseBodyStart(call);
  }

  @Override
  public void responseBodyEnd(Call call, long byteCount) {
    responseBodyBytes = byteCount;
    theirs.responseBodyEnd(call, byteCount);
  }

  @Override
  public void responseFailed(Call call, IOException failure) {
    theirs.responseFailed(call, failure);
  }

  @Override
  public void callEnd(Call call) {
    theirs.callEnd(call);
  }

  @Override
  public void callFailed(Call call, IOException failure) {
    theirs.callFailed(call, failure);
  }

  @Override
  public void canceled(Call call) {
    theirs.canceled(call);
  }

  @Override
  public void satisfactionFailure(Call call, Response response) {
    theirs.satisfactionFailure(call, response);
  }

  @Override
  public void cacheHit(Call call, Response response) {
    theirs.cacheHit(call, response);
  }

  @Override
  public void cacheMiss(Call call) {
    theirs.cacheMiss(call);
  }

  @Override
  public void cacheConditionalHit(Call call, Response cachedResponse) {
    theirs.cacheConditionalHit(call, cachedResponse);
  }
}

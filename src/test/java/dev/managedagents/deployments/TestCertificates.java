package dev.managedagents.deployments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The TLS test servers' certificate, for {@code localhost} and {@code 127.0.0.1}, issued by a root
 * made for this JVM: the servers present the certificate, clients trust the root.
 */
final class TestCertificates {
  static final HeldCertificate ROOT =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("Fleet test root").build();

  static final HeldCertificate LOCALHOST =
      new HeldCertificate.Builder()
          .commonName("localhost")
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName("127.0.0.1")
          .signedBy(ROOT)
          .build();

  private static final HandshakeCertificates SERVER =
      new HandshakeCertificates.Builder().heldCertificate(LOCALHOST, ROOT.certificate()).build();

  private static final HandshakeCertificates CLIENT =
      new HandshakeCertificates.Builder().addTrustedCertificate(ROOT.certificate()).build();

  private static boolean trustedJvmWide;

  private TestCertificates() {}

  /** What a server handshakes with. */
  static SSLContext serverContext() {
    return SERVER.sslContext();
  }

  /** {@code builder}, trusting the test root (and only it). */
  static OkHttpClient.Builder trusting(OkHttpClient.Builder builder) {
    return builder.sslSocketFactory(CLIENT.sslSocketFactory(), CLIENT.trustManager());
  }

  /**
   * Makes every client created from now on in this JVM trust the test root besides the JDK's own
   * roots, through {@code javax.net.ssl.trustStore}: the SDK's builder then reaches the TLS servers
   * with the OkHttp client it makes itself, as a user's code would. The JDK's roots stay trusted,
   * so nothing else in the JVM loses a trust anchor.
   */
  static synchronized void trustJvmWide() {
    if (trustedJvmWide) {
      return;
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      int n = 0;
      for (X509Certificate anchor : defaultTrustManager().getAcceptedIssuers()) {
        store.setCertificateEntry("jdk-" + n++, anchor);
      }
      store.setCertificateEntry("fleet-test-root", ROOT.certificate());
      Path file = Files.createTempFile("fleet-test-truststore", ".p12");
      file.toFile().deleteOnExit();
      char[] password = "fleet-test".toCharArray();
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
      System.setProperty("javax.net.ssl.trustStore", file.toString());
      System.setProperty("javax.net.ssl.trustStorePassword", new String(password));
      System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
      trustedJvmWide = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager) {
        return (X509TrustManager) manager;
      }
    }
    throw new IllegalStateException("no X509TrustManager");
  }
}

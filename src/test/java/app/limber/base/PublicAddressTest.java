package app.limber.base;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where share, handout, QR and invite links point: the configured public address once set, the request's until then. */
class PublicAddressTest {

    /** A request that came in under a Host header the client chose. */
    private static MockHttpServletRequest requestFor(String host) {
        var request = new MockHttpServletRequest("GET", "/routines/1/handout");
        request.setScheme("http");
        request.setServerName(host);
        request.setServerPort(8080);
        request.addHeader("Host", host + ":8080");
        return request;
    }

    @Test
    void unsetLinksFollowTheRequest() {
        assertThat(new PublicAddress(null).base(requestFor("limber.local"))).isEqualTo("http://limber.local:8080");
        assertThat(new PublicAddress(null).base(requestFor("attacker.example"))).isEqualTo("http://attacker.example:8080");
    }

    @Test
    void setNoHostHeaderChangesThem() {
        var address = new PublicAddress(URI.create("https://limber.example.org/"));

        assertThat(address.base(requestFor("attacker.example"))).isEqualTo("https://limber.example.org");
        assertThat(new PublicAddress(URI.create("https://example.org/limber")).base(requestFor("attacker.example")))
                .as("under a path").isEqualTo("https://example.org/limber");
        assertThat(address.base(null)).as("outside a request").isEqualTo("https://limber.example.org");
    }

    @Test
    void onlyAnAbsoluteWebAddressIsTaken() {
        for (String wrong : new String[] {"limber.example.org", "/limber", "ftp://limber.example.org", "javascript:alert(1)",
                "https://limber.example.org/?x=1", "https://limber.example.org/#top"}) {
            assertThatThrownBy(() -> new PublicAddress(URI.create(wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limber.public-url");
        }
    }
}

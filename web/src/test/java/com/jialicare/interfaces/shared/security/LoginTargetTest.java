package com.jialicare.interfaces.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.Role;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("After login, the page asked for: only our own pages under /app, only if the role may open them")
class LoginTargetTest {

    private static final String START = "/app/admin/index.xhtml";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/app/admin/policies.xhtml",
                "/app/registry/resident.xhtml?id=42",
                "/app/care-home/subsidy.xhtml?from=2025-01&to=2025-06",
                "/app/history.xhtml?type=Resident&id=7",
                "/app/registry/residents.xhtml?q=%E7%8E%8B"
            })
    @DisplayName("a page of the application, as a relative path, is kept as it is")
    void keepsOwnPages(String next) {
        assertThat(LoginTarget.sanitize(next)).contains(next);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/app/admin/index.xhtml",
                "//evil.example/app/admin/index.xhtml",
                "/\\evil.example/app/index.xhtml",
                "\\\\evil.example",
                "/app//evil.example/x.xhtml",
                "/app/../login.xhtml",
                "/app/admin/../../x.xhtml",
                "/app/%2e%2e/x.xhtml",
                "/app/admin/index.xhtml#frag",
                "/app/admin/index.xhtml?x=1\r\nSet-Cookie:a=b",
                "/app/admin/index.xhtml?x=<script>",
                "javascript:alert(1)",
                "/api/users",
                "/login.xhtml",
                "/notice.xhtml",
                "/app/admin/",
                "app/admin/index.xhtml",
                " /app/admin/index.xhtml",
                ""
            })
    @DisplayName(
            "another site, a scheme, a backslash, '..', a fragment, a line break or a page outside /app is refused")
    void refusesEverythingElse(String next) {
        assertThat(LoginTarget.sanitize(next)).isEmpty();
        assertThat(LoginTarget.after(next, Role.ADMIN, START)).isEqualTo(START);
    }

    @Test
    @DisplayName("no page asked for, or a very long one: the role's start page")
    void nothingAskedFor() {
        assertThat(LoginTarget.after(null, Role.ADMIN, START)).isEqualTo(START);
        assertThat(LoginTarget.sanitize("/app/admin/users.xhtml?q=" + "a".repeat(1000)))
                .isEmpty();
    }

    @Test
    @DisplayName("a page of another role leads to the start page; one the role may open is opened")
    void byRole() {
        assertThat(LoginTarget.after("/app/admin/users.xhtml", Role.COUNTY_AUDITOR, "/app/audit/index.xhtml"))
                .isEqualTo("/app/audit/index.xhtml");
        assertThat(LoginTarget.after("/app/audit/dashboard.xhtml", Role.COUNTY_AUDITOR, "/app/audit/index.xhtml"))
                .isEqualTo("/app/audit/dashboard.xhtml");
        assertThat(LoginTarget.after("/app/history.xhtml?id=1", Role.FAMILY, "/app/family/index.xhtml"))
                .isEqualTo("/app/family/index.xhtml");
        assertThat(LoginTarget.after("/app/account/password.xhtml", Role.FAMILY, "/app/family/index.xhtml"))
                .isEqualTo("/app/account/password.xhtml");
        assertThat(LoginTarget.mayOpen("/app/unknown.xhtml", Role.ADMIN)).isFalse();
    }

    @Test
    @DisplayName("the roles of each area are exactly those web.xml's security constraints give it")
    void agreesWithWebXml() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("src", "main", "webapp", "WEB-INF", "web.xml").toFile());
        Map<String, Set<Role>> constraints = new HashMap<>();
        NodeList list = doc.getElementsByTagName("security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            String pattern = c.getElementsByTagName("url-pattern")
                    .item(0)
                    .getTextContent()
                    .trim();
            if (!pattern.startsWith("/app/")) {
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            NodeList names = c.getElementsByTagName("role-name");
            for (int j = 0; j < names.getLength(); j++) {
                roles.add(Role.valueOf(names.item(j).getTextContent().trim()));
            }
            constraints.put(pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 1) : pattern, roles);
        }
        assertThat(constraints).isNotEmpty().isEqualTo(LoginTarget.areas());
        constraints.forEach((area, roles) -> {
            String page = area.endsWith("/") ? area + "index.xhtml" : area;
            for (Role r : Role.values()) {
                assertThat(LoginTarget.mayOpen(page, r))
                        .as("%s for %s", page, r)
                        .isEqualTo(roles.contains(r));
            }
        });
    }
}

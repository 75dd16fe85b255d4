package com.jialicare.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jialicare.domain.model.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Password policy")
class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("eight to 200 characters that are not the user name are accepted")
    @ValueSource(strings = {"secret-pass-1", "it-admin-secret", "12345678", "管理员的密码很长很长"})
    void accepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("admin", password)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("fewer than eight characters, more than 200, or control characters are refused")
    @ValueSource(strings = {"", "admin", "x", "1234567", "secret\u0000pass", "secret\npass-1"})
    void tooShortOrControl(String password) {
        BusinessException e =
                catchThrowableOfType(() -> PasswordPolicy.check("admin", password), BusinessException.class);
        assertThat(e.code()).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(e.field()).isEqualTo("password");
        assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @DisplayName("the user name as password is refused, in any case")
    @CsvSource({"administrator, administrator", "administrator, ADMINISTRATOR", "auditor-01, Auditor-01"})
    void notTheUsername(String username, String password) {
        BusinessException e =
                catchThrowableOfType(() -> PasswordPolicy.check(username, password), BusinessException.class);
        assertThat(e.code()).isEqualTo("PASSWORD_IS_USERNAME");
        assertThat(e.field()).isEqualTo("password");
    }

    @ParameterizedTest
    @DisplayName("201 characters are refused, 200 accepted")
    @ValueSource(ints = {200, 201})
    void longest(int length) {
        String password = "p".repeat(length);
        if (length <= PasswordPolicy.MAX_LENGTH) {
            assertThatCode(() -> PasswordPolicy.check("admin", password)).doesNotThrowAnyException();
        } else {
            assertThat(catchThrowableOfType(() -> PasswordPolicy.check("admin", password), BusinessException.class)
                            .code())
                    .isEqualTo("PASSWORD_TOO_SHORT");
        }
    }
}

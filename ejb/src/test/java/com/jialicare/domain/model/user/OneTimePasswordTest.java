package com.jialicare.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One-time passwords")
class OneTimePasswordTest {

    @Test
    @DisplayName("every generated password passes the password policy, from the alphabet without look-alikes")
    void passesThePolicy() {
        for (int i = 0; i < 2_000; i++) {
            String p = OneTimePassword.generate("user-" + i);
            assertThatCode(() -> PasswordPolicy.check("user", p)).doesNotThrowAnyException();
            assertThat(p).hasSize(OneTimePassword.LENGTH);
            assertThat(p.chars()).allMatch(c -> OneTimePassword.ALPHABET.indexOf(c) >= 0);
            assertThat(p).doesNotContain("0", "O", "1", "l", "I");
        }
    }

    @Test
    @DisplayName("passwords differ from one another")
    void random() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(OneTimePassword.generate("someone"));
        }
        assertThat(seen).hasSize(1_000);
    }

    @Test
    @DisplayName("a password equal to the user name is never answered: the next one is drawn")
    void neverTheUsername() {
        // a rigged source that first draws the user name's characters, then anything else
        String username = "ABCDEFGHJKLM";
        Random rigged = new Random() {
            int calls;

            @Override
            public int nextInt(int bound) {
                int i = calls++;
                return i < OneTimePassword.LENGTH ? OneTimePassword.ALPHABET.indexOf(username.charAt(i)) : i % bound;
            }
        };
        String p = OneTimePassword.generate(username, rigged);
        assertThat(p).isNotEqualToIgnoringCase(username);
        assertThatCode(() -> PasswordPolicy.check(username, p)).doesNotThrowAnyException();
    }
}

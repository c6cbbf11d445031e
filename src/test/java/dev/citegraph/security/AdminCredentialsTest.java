package dev.citegraph.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which credentials writes accept, from the environment, and what a refused write is told. */
class AdminCredentialsTest {

    @TempDir
    Path data;

    @Test
    void withNothingSetATokenIsGeneratedIntoAnOwnerOnlyFileAndAccepted() throws IOException {
        Path file = data.resolve("admin-token");
        AdminCredentials credentials = new AdminCredentials(new AdminCredentials.Settings(null, file.toString(), null, null));

        String token = Files.readString(file).strip();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(credentials.acceptsToken(token)).isTrue();
        assertThat(credentials.acceptsToken(token + "x")).isFalse();
        // A second start reads the same token.
        assertThat(new AdminCredentials(new AdminCredentials.Settings("", file.toString(), null, null)).acceptsToken(token)).isTrue();
    }

    @Test
    void aUserAndPasswordNeedNoGeneratedToken() {
        Path file = data.resolve("admin-token");
        AdminCredentials credentials = new AdminCredentials(new AdminCredentials.Settings(null, file.toString(), "curator", "pw"));

        assertThat(credentials.configured()).isTrue();
        assertThat(credentials.user()).isEqualTo("curator");
        assertThat(file).doesNotExist();
        assertThat(credentials.acceptsToken("")).isFalse();
    }

    @Test
    void aUserWithoutAPasswordIsRefusedAtStart() {
        assertThatThrownBy(() -> new AdminCredentials(new AdminCredentials.Settings(null, "none", "curator", "")))
                .hasMessageContaining("CITEGRAPH_ADMIN_USER and CITEGRAPH_ADMIN_PASSWORD go together");
    }

    @Test
    void withNoCredentialsAtAllAWriteIsToldWhichVariablesToSet() {
        AdminCredentials none = new AdminCredentials(new AdminCredentials.Settings(null, "none", null, null));

        assertThat(none.configured()).isFalse();
        assertThat(none.acceptsToken("anything")).isFalse();
        assertThat(none.howToWrite("reviewClaim")).startsWith("reviewClaim is refused: writes are turned off")
                .contains("Set CITEGRAPH_ADMIN_TOKEN, or CITEGRAPH_ADMIN_USER and CITEGRAPH_ADMIN_PASSWORD");
    }
}

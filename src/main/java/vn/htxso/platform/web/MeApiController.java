package vn.htxso.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.platform.AccountLinks;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.platform.internal.Accounts.CreatedToken;

/** The signed-in user and their personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

    private final Accounts accounts;
    private final List<AccountLinks> links;

    MeApiController(Accounts accounts, List<AccountLinks> links) {
        this.accounts = accounts;
        this.links = links;
    }

    @GetMapping
    MeResponse me(CurrentUser user) {
        List<AccountLinks.LinkedShop> shops = links.stream().flatMap(l -> l.shopsOf(user).stream()).toList();
        return new MeResponse(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                user.provinceCode(), user.organisationId(), shops);
    }

    @PostMapping("/tokens")
    ResponseEntity<CreatedToken> createToken(CurrentUser user, @Valid @RequestBody TokenRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.createToken(user, body.name()));
    }

    @GetMapping("/tokens")
    List<TokenResponse> tokens(CurrentUser user) {
        return accounts.tokensOf(user).stream()
                .map(t -> new TokenResponse(t.id(), t.name(), t.createdAt(), t.lastUsedAt())).toList();
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(CurrentUser user, @PathVariable UUID id) {
        accounts.revokeToken(user, id);
        return ResponseEntity.noContent().build();
    }

    record MeResponse(String username, String displayName, List<Role> roles, String provinceCode,
                      UUID organisationId, List<AccountLinks.LinkedShop> shops) {
    }

    record TokenRequest(@NotBlank(message = "{platform.profile.tokens.name.required}")
                        @Size(max = 80, message = "{platform.profile.tokens.name.size}") @vn.htxso.platform.PlainName String name) {
    }

    record TokenResponse(UUID id, String name, Instant createdAt, Instant lastUsedAt) {
    }
}

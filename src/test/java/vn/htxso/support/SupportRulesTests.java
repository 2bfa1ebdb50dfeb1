package vn.htxso.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.htxso.registry.SizeClass;

/** The application flow and the subsidy rule, without Spring. */
class SupportRulesTests {

    @Test
    void eachStepBelongsToItsActor() {
        assertThat(ApplicationState.DRAFT.allows(ApplicationState.SUBMITTED, Actor.COOP)).isTrue();
        assertThat(ApplicationState.DRAFT.allows(ApplicationState.SUBMITTED, Actor.ADMIN)).isFalse();
        assertThat(ApplicationState.UNDER_REVIEW.allows(ApplicationState.APPROVED, Actor.ADMIN)).isTrue();
        assertThat(ApplicationState.UNDER_REVIEW.allows(ApplicationState.APPROVED, Actor.COOP)).isFalse();
        assertThat(ApplicationState.SUBMITTED.allows(ApplicationState.APPROVED, Actor.ADMIN)).isFalse();
        assertThat(ApplicationState.OFFER_ACCEPTED.allows(ApplicationState.DEPLOYING, Actor.PROVIDER)).isTrue();
        assertThat(ApplicationState.DEPLOYED.allows(ApplicationState.ACCEPTED, Actor.PROVIDER)).isFalse();
        assertThat(ApplicationState.DEPLOYED.allows(ApplicationState.ACCEPTED, Actor.COOP)).isTrue();
        assertThat(ApplicationState.CLAIM_APPROVED.allows(ApplicationState.PAID, Actor.ADMIN)).isTrue();
        assertThat(ApplicationState.PAID.allows(ApplicationState.HOLDING, Actor.ADMIN)).isTrue();
        assertThat(ApplicationState.HOLDING.allows(ApplicationState.CLOSED, Actor.ADMIN)).isTrue();
    }

    @Test
    void withdrawalAndCancellationOnlyBeforePayment() {
        assertThat(ApplicationState.CLAIM_APPROVED.allows(ApplicationState.WITHDRAWN, Actor.COOP)).isTrue();
        assertThat(ApplicationState.APPROVED.allows(ApplicationState.CANCELLED, Actor.ADMIN)).isTrue();
        assertThat(ApplicationState.APPROVED.allows(ApplicationState.CANCELLED, Actor.COOP)).isFalse();
        assertThat(ApplicationState.PAID.allows(ApplicationState.WITHDRAWN, Actor.COOP)).isFalse();
        assertThat(ApplicationState.PAID.allows(ApplicationState.CANCELLED, Actor.ADMIN)).isFalse();
        assertThat(ApplicationState.REJECTED.allows(ApplicationState.WITHDRAWN, Actor.COOP)).isFalse();
        assertThat(ApplicationState.CLOSED.next(Actor.ADMIN)).isEmpty();
    }

    @Test
    void subsidyIsAShareCappedBySizeClass() {
        SubsidyRule rule = new SubsidyRule(50, 20_000_000, 50_000_000, 100_000_000, 100_000_000);
        assertThat(rule.subsidy(15_000_000, SizeClass.SMALL)).isEqualTo(7_500_000);
        assertThat(rule.subsidy(60_000_000, SizeClass.MICRO)).isEqualTo(20_000_000);
        assertThat(rule.subsidy(60_000_000, SizeClass.SMALL)).isEqualTo(30_000_000);
        assertThat(rule.subsidy(300_000_000, SizeClass.MEDIUM)).isEqualTo(100_000_000);
        assertThat(rule.subsidy(60_000_000, null)).isEqualTo(20_000_000);
        assertThat(new SubsidyRule(70, 20_000_000, 50_000_000, 100_000_000, 100_000_000).subsidy(3_333_333, SizeClass.SMALL))
                .isEqualTo(2_333_333);
    }
}

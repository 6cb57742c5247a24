package com.ally.content.comment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpamRulesTest {

    private final SpamRules rules = new SpamRules(2, List.of("viagra", "crypto giveaway"));

    @Test
    void anOrdinaryCommentPasses() {
        assertThat(rules.check("Priya", "Wore them to a wedding, see https://ally.example/bridal", "", false)).isEmpty();
    }

    @Test
    void moreLinksThanAllowedIsSpam() {
        assertThat(rules.check("x", "https://a.example http://b.example", null, false)).isEmpty();
        assertThat(rules.check("x", "https://a.example http://b.example www.c.example", null, false))
                .contains(SpamRules.Reason.TOO_MANY_LINKS);
    }

    @Test
    void aFilledHoneypotIsSpam() {
        assertThat(rules.check("x", "Lovely shoes", "http://bot.example", false)).contains(SpamRules.Reason.HONEYPOT);
        assertThat(rules.check("x", "Lovely shoes", "   ", false)).isEmpty();
    }

    @Test
    void aBlockedWordIsSpamAsAWholeWordInAnyCase() {
        assertThat(rules.check("x", "Cheap VIAGRA here", null, false)).contains(SpamRules.Reason.BLOCKED_WORD);
        assertThat(rules.check("x", "Join the Crypto  giveaway", null, false)).isEmpty();
        assertThat(rules.check("x", "join the crypto giveaway!", null, false)).contains(SpamRules.Reason.BLOCKED_WORD);
        assertThat(rules.check("Viagra Sales", "hello", null, false)).contains(SpamRules.Reason.BLOCKED_WORD);
        assertThat(rules.check("x", "viagrafoo is not a word on the list", null, false)).isEmpty();
    }

    @Test
    void aRepeatedBodyIsSpam() {
        assertThat(rules.check("x", "Great shoes!", null, true)).contains(SpamRules.Reason.REPEATED_BODY);
    }

    @Test
    void theFingerprintIgnoresCaseSpacingAndPunctuation() {
        assertThat(SpamRules.fingerprint("Great   shoes!!")).isEqualTo(SpamRules.fingerprint("great shoes"));
        assertThat(SpamRules.fingerprint("Great shoes")).isNotEqualTo(SpamRules.fingerprint("Great heels"));
        assertThat(SpamRules.normalise("  Hello,\nWORLD! ")).isEqualTo("hello world");
    }
}

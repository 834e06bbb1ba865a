package uk.betteroff.kernel.ctr;

import java.util.Optional;

/**
 * How a scheme file says to treat an applicant with no UC award (e.g. when earnings have taken UC to
 * nil): the Housing Benefit style means test its schedules mirror, or refused with the file's reason
 * because the scheme's rules for them are not in the file.
 */
public record NotOnUc(Optional<String> unsupportedReason) {
    public static final NotOnUc HB_MEANS_TEST = new NotOnUc(Optional.empty());

    public static NotOnUc unsupported(String reason) { return new NotOnUc(Optional.of(reason)); }

    void check(SchemeBasics s) {
        unsupportedReason.ifPresent(reason -> {
            throw new uk.betteroff.kernel.Unsupported(s.name() + ": the scheme's rules for someone with no Universal Credit award are not modelled ("
                    + reason + "). This option takes UC to nil, so its Council Tax Reduction cannot be calculated yet.");
        });
    }
}

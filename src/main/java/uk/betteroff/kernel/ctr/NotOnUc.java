package uk.betteroff.kernel.ctr;

import java.util.Optional;

/**
 * How a scheme file says to treat an applicant with no UC award (e.g. when earnings have taken UC to
 * nil): the Housing Benefit style means test its schedules mirror (with the scheme's own personal
 * allowances where it has them), or refused with the file's reason because its rules are not in the file.
 */
public record NotOnUc(Optional<String> unsupportedReason, Optional<PersonalAllowances> ownAllowances) {
    public static final NotOnUc HB_MEANS_TEST = new NotOnUc(Optional.empty(), Optional.empty());

    public static NotOnUc unsupported(String reason) { return new NotOnUc(Optional.of(reason), Optional.empty()); }

    /** The HB-style means test with the scheme's own personal allowances (Wales: WSI 2013/3029 Sch 7 para 1). */
    public static NotOnUc ownAllowances(PersonalAllowances allowances) { return new NotOnUc(Optional.empty(), Optional.of(allowances)); }

    void check(SchemeBasics s) {
        unsupportedReason.ifPresent(reason -> {
            throw new uk.betteroff.kernel.Unsupported(s.name() + ": the scheme's rules for someone with no Universal Credit award are not modelled ("
                    + reason + "). This option takes UC to nil, so its Council Tax Reduction cannot be calculated yet.");
        });
    }
}

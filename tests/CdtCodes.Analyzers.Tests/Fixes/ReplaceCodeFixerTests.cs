using CdtCodes.CodeFixes;
using CdtCodes.Tests.Infrastructure;
using static CdtCodes.Tests.Infrastructure.CodeFixHarness;

namespace CdtCodes.Tests.Fixes;

/// <summary>CDT001 (use the useInstead code) and CDT004 (use the single replacement).</summary>
public class ReplaceCodeFixerTests
{
    private const string Kinds = """
        using CdtCodes;
        using Dental;

        public enum VisitKind
        {
            [EncounterContext(EncounterMode.Synchronous)] VideoVisit,
            [EncounterContext(EncounterMode.Asynchronous)] PhotoReview,
        }

        """;

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT001_switch_arm(CatalogMode mode) => VerifyAsync(
        Kinds + """
        public static class Billing
        {
            public static string TeleCode(VisitKind kind) => kind switch
            {
                VisitKind.VideoVisit => Cdt.D9996,
                _ => Cdt.D9996,
            };
        }
        """,
        Kinds + """
        public static class Billing
        {
            public static string TeleCode(VisitKind kind) => kind switch
            {
                VisitKind.VideoVisit => Cdt.D9995,
                _ => Cdt.D9996,
            };
        }
        """,
        new EncounterModeFixer(),
        mode);

    [Fact]
    public Task CDT001_keeps_the_qualification() => VerifyAsync(
        """
        using CdtCodes;
        using static Dental.Cdt;

        [EncounterContext(EncounterMode.Asynchronous)]
        public static class Billing
        {
            public static string A => global::Dental.Cdt.D9995 /* live */;
            public static string B => D9995;
        }
        """,
        """
        using CdtCodes;
        using static Dental.Cdt;

        [EncounterContext(EncounterMode.Asynchronous)]
        public static class Billing
        {
            public static string A => global::Dental.Cdt.D9996 /* live */;
            public static string B => D9996;
        }
        """,
        new EncounterModeFixer(),
        fixAll: true);

    [Fact]
    public Task CDT001_literal_stays_a_literal() => VerifyAsync(
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtVisit Run() => new CdtVisit(EncounterMode.Synchronous) { "D0140", "D9996" };
        }
        """,
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtVisit Run() => new CdtVisit(EncounterMode.Synchronous) { "D0140", "D9995" };
        }
        """,
        new EncounterModeFixer());

    [Fact]
    public Task CDT001_no_fix_without_a_matching_useInstead() => VerifyNoFixAsync(
        """
        using CdtCodes;
        using Dental;

        [EncounterContext(EncounterMode.InPerson)]
        public static class Office
        {
            public static string Code => Cdt.D9995;
        }
        """,
        new EncounterModeFixer());

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT001_fix_all_in_a_file(CatalogMode mode) => VerifyAsync(
        Kinds + """
        public static class Billing
        {
            [EncounterContext(EncounterMode.Synchronous)]
            public static CdtVisit Live() => new CdtVisit { Cdt.D0140, Cdt.D9996 };

            public static CdtVisit Review() => new CdtVisit(EncounterMode.Asynchronous) { Cdt.D0140, Cdt.D9995 };

            public static string Code(VisitKind kind) => kind switch
            {
                VisitKind.VideoVisit => Cdt.D9996,
                VisitKind.PhotoReview => Cdt.D9995,
                _ => Cdt.D9996,
            };
        }
        """,
        Kinds + """
        public static class Billing
        {
            [EncounterContext(EncounterMode.Synchronous)]
            public static CdtVisit Live() => new CdtVisit { Cdt.D0140, Cdt.D9995 };

            public static CdtVisit Review() => new CdtVisit(EncounterMode.Asynchronous) { Cdt.D0140, Cdt.D9996 };

            public static string Code(VisitKind kind) => kind switch
            {
                VisitKind.VideoVisit => Cdt.D9995,
                VisitKind.PhotoReview => Cdt.D9996,
                _ => Cdt.D9996,
            };
        }
        """,
        new EncounterModeFixer(),
        mode,
        fixAll: true);

    [Fact]
    public async Task CDT001_title() => Assert.Equal(
        ["Use Cdt.D9995 instead"],
        await TitlesAsync(Kinds + "public static class B { public static string C => VisitKind.VideoVisit switch { VisitKind.VideoVisit => Cdt.D9996, _ => \"\" }; }", new EncounterModeFixer()));

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT004_to_the_single_replacement(CatalogMode mode) => VerifyAsync(
        """
        using CdtCodes;
        using Dental;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine(Cdt.D2941, "8");
        }
        """,
        """
        using CdtCodes;
        using Dental;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine(Cdt.D2940, "8");
        }
        """,
        new DeletedCodeFixer(),
        mode);

    [Fact]
    public Task CDT004_fix_all_literals_and_constants() => VerifyAsync(
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { "D2941", Dental.Cdt.D2941, new CdtClaimLine(Dental.Cdt.D2941, "3") };
        }
        """,
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { "D2940", Dental.Cdt.D2940, new CdtClaimLine(Dental.Cdt.D2940, "3") };
        }
        """,
        new DeletedCodeFixer(),
        fixAll: true);

    [Fact]
    public Task CDT004_no_fix_with_several_replacements() => VerifyNoFixAsync(
        """
        using Dental;

        public static class Billing
        {
            public static string Old => Cdt.D0351;
        }
        """,
        new DeletedCodeFixer());
}

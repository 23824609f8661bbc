using CdtCodes.CodeFixes;
using CdtCodes.Tests.Infrastructure;
using static CdtCodes.Tests.Infrastructure.CodeFixHarness;

namespace CdtCodes.Tests.Fixes;

/// <summary>CDT010 (literal → constant) and CDT012 (normalise).</summary>
public class LiteralFixerTests
{
    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT010_inside_the_catalog_namespace_needs_no_using(CatalogMode mode) => VerifyAsync(
        """
        using CdtCodes;

        namespace Dental.App;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { "D0120" };
        }
        """,
        """
        using CdtCodes;

        namespace Dental.App;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { Cdt.D0120 };
        }
        """,
        new RawLiteralFixer(),
        mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT010_adds_the_using_in_order(CatalogMode mode) => VerifyAsync(
        """
        using System;
        using CdtCodes;
        using Zeta = System.String;

        namespace Clinic;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine("D0120");
        }
        """,
        """
        using System;
        using CdtCodes;
        using Dental;
        using Zeta = System.String;

        namespace Clinic;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine(Cdt.D0120);
        }
        """,
        new RawLiteralFixer(),
        mode);

    [Fact]
    public Task CDT010_adds_the_first_using_above_the_file_header() => VerifyAsync(
        """
        // Billing rules.
        namespace Clinic;

        public static class Billing
        {
            public static CdtCodes.CdtClaimLine Line() => new CdtCodes.CdtClaimLine("D0120");
        }
        """,
        """
        // Billing rules.
        using Dental;

        namespace Clinic;

        public static class Billing
        {
            public static CdtCodes.CdtClaimLine Line() => new CdtCodes.CdtClaimLine(Cdt.D0120);
        }
        """,
        new RawLiteralFixer());

    [Fact]
    public Task CDT010_keeps_usings_inside_the_namespace() => VerifyAsync(
        """
        namespace Clinic
        {
            using CdtCodes;

            public static class Billing
            {
                public static CdtClaimLine Line() => new CdtClaimLine("D0120");
            }
        }
        """,
        """
        namespace Clinic
        {
            using CdtCodes;
            using Dental;

            public static class Billing
            {
                public static CdtClaimLine Line() => new CdtClaimLine(Cdt.D0120);
            }
        }
        """,
        new RawLiteralFixer());

    [Fact]
    public Task CDT010_qualifies_when_another_Cdt_is_in_scope() => VerifyAsync(
        """
        using CdtCodes;

        namespace Clinic;

        public static class Cdt { }

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine("D0120");
        }
        """,
        """
        using CdtCodes;

        namespace Clinic;

        public static class Cdt { }

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine(global::Dental.Cdt.D0120);
        }
        """,
        new RawLiteralFixer());

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT010_fix_all_adds_one_using(CatalogMode mode) => VerifyAsync(
        """
        using CdtCodes;

        namespace Clinic;

        public static class Billing
        {
            public static CdtVisit Visit([CdtCode] string code)
            {
                if (code == "D0150")
                {
                    return new CdtVisit { "D0120", new CdtClaimLine("D0140", narrative: "D0140") };
                }

                return code switch
                {
                    "D9995" => new CdtVisit(),
                    _ => new CdtVisit { "D0120" },
                };
            }
        }
        """,
        """
        using CdtCodes;
        using Dental;

        namespace Clinic;

        public static class Billing
        {
            public static CdtVisit Visit([CdtCode] string code)
            {
                if (code == Cdt.D0150)
                {
                    return new CdtVisit { Cdt.D0120, new CdtClaimLine(Cdt.D0140, narrative: "D0140") };
                }

                return code switch
                {
                    Cdt.D9995 => new CdtVisit(),
                    _ => new CdtVisit { Cdt.D0120 },
                };
            }
        }
        """,
        new RawLiteralFixer(),
        mode,
        fixAll: true);

    [Fact]
    public Task CDT010_never_imports_two_classes_of_the_same_name() => VerifyAsync(
        """
        using CdtCodes;

        namespace Clinic;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { "D0120", "D7777" };
        }
        """,
        """
        using CdtCodes;
        using Dental;

        namespace Clinic;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { Cdt.D0120, global::Partner.Cdt.D7777 };
        }
        """,
        new RawLiteralFixer(),
        fixAll: true,
        extraReferences: [PartnerCatalog]);

    private static readonly Microsoft.CodeAnalysis.MetadataReference PartnerCatalog = TestCatalog.CompileReference("PartnerCatalog", """
        [assembly: CdtCodes.Rules.CdtCatalog(typeof(Partner.Cdt))]
        namespace Partner
        {
            [CdtCodes.Rules.CdtConstants(TargetEdition = 2025)]
            public static class Cdt
            {
                public const string D0120 = "D0120";
                public const string D7777 = "D7777";
            }
        }
        """);

    [Fact]
    public async Task CDT010_title() => Assert.Equal(
        ["Use Cdt.D0120"],
        await TitlesAsync("class C { void M() => new CdtCodes.CdtClaimLine(\"D0120\"); }", new RawLiteralFixer()));

    [Fact]
    public Task CDT012_normalises() => VerifyAsync(
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine("d 9996");
        }
        """,
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine("D9996");
        }
        """,
        new MalformedCodeFixer(),
        equivalenceKey: "CDT012.Normalize");

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT012_straight_to_the_constant_when_known(CatalogMode mode) => VerifyAsync(
        """
        using CdtCodes;

        namespace Dental.App;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine("9996");
        }
        """,
        """
        using CdtCodes;

        namespace Dental.App;

        public static class Billing
        {
            public static CdtClaimLine Line() => new CdtClaimLine(Cdt.D9996);
        }
        """,
        new MalformedCodeFixer(),
        mode,
        equivalenceKey: "CDT012.UseConstant");

    [Fact]
    public async Task CDT012_titles()
    {
        Assert.Equal(
            ["Change to \"D9996\"", "Use Cdt.D9996"],
            await TitlesAsync("class C { void M() => new CdtCodes.CdtClaimLine(\"d9996\"); }", new MalformedCodeFixer()));
        Assert.Equal(
            ["Change to \"D1234\""],
            await TitlesAsync("class C { void M() => new CdtCodes.CdtClaimLine(\"d1234\"); }", new MalformedCodeFixer()));
    }

    [Fact]
    public Task CDT012_no_fix_when_it_does_not_normalise() => VerifyNoFixAsync(
        """
        public static class Billing
        {
            public static CdtCodes.CdtClaimLine Line() => new CdtCodes.CdtClaimLine("D-Day");
        }
        """,
        new MalformedCodeFixer());

    [Fact]
    public Task CDT012_fix_all() => VerifyAsync(
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { "d0120", " D0140 ", "D-0150", "D-Day", "D.1234" };
        }
        """,
        """
        using CdtCodes;

        public static class Billing
        {
            public static CdtVisit Visit() => new CdtVisit { "D0120", "D0140", "D0150", "D-Day", "D1234" };
        }
        """,
        new MalformedCodeFixer(),
        fixAll: true);
}

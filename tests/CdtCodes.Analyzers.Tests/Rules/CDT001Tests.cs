using CdtCodes.Tests.Infrastructure;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests.Rules;

public class CDT001Tests
{
    private static readonly string[] Ids = [CdtRuleIds.EncounterModeMismatch];

    private const string Kinds = """
        public enum VisitKind
        {
            [EncounterContext(EncounterMode.Synchronous)] VideoVisit,
            [EncounterContext(EncounterMode.Asynchronous)] PhotoReview,
            [EncounterContext(EncounterMode.InPerson)] Office,
            Other,
        }

        public static class Api
        {
            public static void Bill(EncounterMode mode, [CdtCode] string code) { }
            public static void Bill(VisitKind kind, [CdtCode] string code) { }
        }

        public sealed class Encounter
        {
            public EncounterMode Mode { get; set; }
            [CdtCode] public string? Code { get; set; }
        }
        """;

    private static string Code(string body) => "using System;\nusing CdtCodes;\nusing Dental;\n\n" + Kinds + "\n" + body;

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task Switch_expression_arm_on_a_marked_enum_member(CatalogMode mode) => VerifyAsync(Code("""
        public static class Billing
        {
            public static string TeleCode(VisitKind kind) => kind switch
            {
                VisitKind.VideoVisit => {|CDT001:Cdt.D9996|},
                VisitKind.PhotoReview => Cdt.D9996,
                VisitKind.Office => {|CDT001:Cdt.D9995|},
                _ => Cdt.D0120,
            };
        }
        """), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task Switch_statement_section(CatalogMode mode) => VisitorSwitch(mode);

    private static Task VisitorSwitch(CatalogMode mode) => VerifyAsync(Code("""
        public static class Billing
        {
            public static string TeleCode(VisitKind kind)
            {
                switch (kind)
                {
                    case VisitKind.VideoVisit when DateTime.Now.Year > 3000:
                        return {|CDT001:Cdt.D9996|};
                    case VisitKind.VideoVisit:
                        return {|CDT001:Cdt.D9996|};
                    case VisitKind.PhotoReview:
                    case VisitKind.Office:
                        // Two modes share the section: nothing is stated for it.
                        return Cdt.D9996;
                    case VisitKind.Other:
                        return Cdt.D9996;
                    default:
                        return Cdt.D9995;
                }
            }
        }
        """), Ids, mode);

    [Fact]
    public Task Switch_on_EncounterMode_itself_and_or_patterns() => VerifyAsync(Code("""
        public static class Billing
        {
            public static string TeleCode(EncounterMode mode) => mode switch
            {
                EncounterMode.Synchronous => {|CDT001:Cdt.D9996|},
                EncounterMode.Asynchronous or EncounterMode.Asynchronous => Cdt.D9996,
                EncounterMode.InPerson or EncounterMode.Synchronous => Cdt.D9995,
                EncounterMode.Unspecified => Cdt.D9996,
                _ => Cdt.D9995,
            };
        }
        """), Ids);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task Attribute_on_the_method(CatalogMode mode) => VerifyAsync(Code("""
        public static class Billing
        {
            [EncounterContext(EncounterMode.Synchronous)]
            public static string[] LiveVisit() => new[] { Cdt.D0140, {|CDT001:Cdt.D9996|} };

            [EncounterContext(EncounterMode.Asynchronous)]
            public static string[] Review() => new[] { Cdt.D0140, Cdt.D9996 };
        }
        """), Ids, mode);

    [Fact]
    public Task Attribute_on_the_type_nested_and_generic_types() => VerifyAsync(Code("""
        [EncounterContext(EncounterMode.Synchronous)]
        public class Live<T>
        {
            public string Code => {|CDT001:Cdt.D9996|};

            public class Inner
            {
                public static readonly string Field = {|CDT001:Cdt.D9996|};
            }

            [EncounterContext(EncounterMode.Asynchronous)]
            public struct Review
            {
                public string Code() => Cdt.D9996;
            }
        }
        """), Ids);

    [Fact]
    public Task Attribute_on_property_lambda_and_local_function() => VerifyAsync(Code("""
        public class Billing
        {
            [EncounterContext(EncounterMode.Synchronous)]
            public string Live => {|CDT001:Cdt.D9996|};

            public Func<string> Lambda() => [EncounterContext(EncounterMode.Synchronous)] () => {|CDT001:Cdt.D9996|};

            public string Local()
            {
                return Code();

                [EncounterContext(EncounterMode.Synchronous)]
                static string Code() => {|CDT001:Cdt.D9996|};
            }
        }
        """), Ids);

    [Fact]
    public Task Attribute_on_the_assembly_with_top_level_statements() => VerifyAsync("""
        using CdtCodes;
        using Dental;

        [assembly: EncounterContext(EncounterMode.Synchronous)]

        Console.WriteLine({|CDT001:Cdt.D9996|});
        Console.WriteLine(Cdt.D9995);
        """.Replace("Console", "System.Console"), Ids, outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task Constant_EncounterMode_argument_in_the_same_call(CatalogMode mode) => VerifyAsync(Code("""
        public static class Billing
        {
            public static void Run()
            {
                Api.Bill(EncounterMode.Synchronous, {|CDT001:Cdt.D9996|});
                Api.Bill(code: {|CDT001:Cdt.D9995|}, mode: EncounterMode.Asynchronous);
                Api.Bill(VisitKind.VideoVisit, {|CDT001:Cdt.D9996|});
                Api.Bill(EncounterMode.Synchronous, Cdt.D9995);
                Api.Bill(VisitKind.Other, Cdt.D9996);
            }
        }
        """), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task Visit_and_initializers(CatalogMode mode) => VerifyAsync(Code("""
        public static class Billing
        {
            public static object[] Run() =>
            [
                new CdtVisit(EncounterMode.Synchronous) { Cdt.D0140, {|CDT001:Cdt.D9996|} },
                new CdtVisit(DateTime.Today, EncounterMode.Asynchronous) { Cdt.D0140, new CdtClaimLine({|CDT001:Cdt.D9995|}) },
                new CdtVisit { EncounterMode = EncounterMode.Synchronous },
                new Encounter { Mode = EncounterMode.Synchronous, Code = {|CDT001:Cdt.D9996|} },
                new CdtVisit(EncounterMode.Synchronous) { Cdt.D0140, Cdt.D9995 },
                new CdtVisit { EncounterMode = EncounterMode.Synchronous, Lines = { new CdtClaimLine({|CDT001:Cdt.D9996|}) } },
            ];

            public static CdtVisit TargetTyped()
            {
                CdtVisit visit = new(EncounterMode.Synchronous) { Cdt.D0140, {|CDT001:Cdt.D9996|} };
                return visit;
            }
        }
        """), Ids, mode);

    [Fact]
    public Task Literal_in_a_code_position_is_judged_too() => VerifyAsync(Code("""
        public static class Billing
        {
            public static CdtVisit Run() => new CdtVisit(EncounterMode.Synchronous) { "D0140", {|CDT001:"D9996"|} };
        }
        """), Ids);

    [Fact]
    public Task The_innermost_statement_wins() => VerifyAsync(Code("""
        [EncounterContext(EncounterMode.Asynchronous)]
        public static class Billing
        {
            public static CdtVisit Run() => new CdtVisit(EncounterMode.Synchronous) { Cdt.D0140, {|CDT001:Cdt.D9996|} };

            [EncounterContext(EncounterMode.Synchronous)]
            public static CdtVisit Review() => new CdtVisit(EncounterMode.Asynchronous) { Cdt.D0140, Cdt.D9996 };
        }
        """), Ids);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task No_diagnostic_without_a_stated_constant_context(CatalogMode mode) => VerifyAsync(Code("""
        public static class Billing
        {
            // A mode held in a variable is the runtime validator's job, even inside a stated context.
            [EncounterContext(EncounterMode.Synchronous)]
            public static CdtVisit FromVariable(EncounterMode mode) => new CdtVisit(mode) { Cdt.D0140, Cdt.D9996 };

            [EncounterContext(EncounterMode.Synchronous)]
            public static void Call(EncounterMode mode) => Api.Bill(mode, Cdt.D9996);

            // A code held in a variable is not judged.
            [EncounterContext(EncounterMode.Synchronous)]
            public static void Variable(string code) => Api.Bill(EncounterMode.Synchronous, code);

            // Tests against a code are not uses of it.
            [EncounterContext(EncounterMode.Synchronous)]
            public static bool Tests(string code, System.Collections.Generic.HashSet<string> set) =>
                code == Cdt.D9996 || code is Cdt.D9996 || set.Contains(Cdt.D9996) || nameof(Cdt.D9996) == "x";

            [EncounterContext(EncounterMode.Synchronous)]
            public static int Case(string code)
            {
                switch (code)
                {
                    case Cdt.D9996: return 1;
                    default: return 0;
                }
            }

            // Nothing stated, or Unspecified.
            public static string Plain() => Cdt.D9996;
            public static CdtVisit Unspecified() => new CdtVisit(EncounterMode.Unspecified) { Cdt.D0140, Cdt.D9996 };

            // Unrelated strings, comments and interpolations.
            [EncounterContext(EncounterMode.Synchronous)]
            public static string Text(int n) => "D9996 D-Day" + $"{n} D9996"; // Cdt.D9996
        }
        """), Ids, mode);

    [Fact]
    public async Task Message_and_fix_data()
    {
        var diagnostics = await GetAsync(Code("""
            [EncounterContext(EncounterMode.Synchronous)]
            public static class Billing
            {
                public static string Live() => Cdt.D9996;
            }

            [EncounterContext(EncounterMode.InPerson)]
            public static class Office
            {
                public static string Code() => Cdt.D9995;
            }
            """), CdtRuleIds.EncounterModeMismatch);

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("D9996 is for asynchronous encounters, but this encounter is synchronous. Use D9995 instead.", diagnostics[0].GetMessage());
        Assert.Equal("D9995", diagnostics[0].Properties["Code"]);
        Assert.Equal("global::Dental.Cdt", diagnostics[0].Properties["ConstantType"]);
        Assert.Equal("Dental", diagnostics[0].Properties["ConstantNamespace"]);
        Assert.Equal("Cdt", diagnostics[0].Properties["ConstantTypeName"]);
        Assert.Equal("D9995", diagnostics[0].Properties["ConstantName"]);

        Assert.Equal("D9995 is for synchronous encounters, but this encounter is in-person.", diagnostics[1].GetMessage());
        Assert.False(diagnostics[1].Properties.ContainsKey("Code"));
    }
}

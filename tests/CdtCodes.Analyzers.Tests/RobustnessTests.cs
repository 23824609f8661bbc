using CdtCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests;

/// <summary>
/// Broken and unusual code fed to every usage analyzer: no AD0001 (the harness fails on any analyzer exception).
/// Each snippet runs with the catalog in source, as a reference, and without a catalog.
/// </summary>
public class RobustnessTests
{
    public static TheoryData<string, string> Snippets() => new()
    {
        { "incomplete call", "class A { void M() { Api.Code( } }" },
        { "incomplete visit", "class A { object M() => new CdtVisit(EncounterMode.) { Cdt.D99 }" },
        { "missing members", "class A { object M() => new CdtVisit { Cdt.Missing, , \"d9996\", Nope.D0120 }; }" },
        { "incomplete switch", "class A { string M(EncounterMode m) => m switch { EncounterMode. => Cdt.D9996, => , }; }" },
        { "incomplete statements", "class A { void M() { var x = ; Api.Day(Cdt.D9996, ; if (x == \"D0120\" } }" },
        { "wrong attribute arguments", """
            [EncounterContext("x")] class A { string B => Cdt.D9996; }
            [EncounterContext] class B { string C => Cdt.D9996; }
            [EncounterContext((EncounterMode)42)] class C { string D => Cdt.D9996; }
            [EncounterContext(EncounterMode.Synchronous, 1)] class D { string E => Cdt.D9996; }
            """ },
        { "undefined mode values", """
            class A
            {
                CdtVisit V() => new CdtVisit((EncounterMode)42) { Cdt.D0140, Cdt.D9996 };
                string S(EncounterMode m) => m switch { (EncounterMode)9 => Cdt.D9996, _ => "" };
            }
            """ },
        { "generic and nested types", """
            class G<T> where T : struct
            {
                [CdtCode] public T Code = default;
                public class Inner<U> { public static U[] M([CdtProcedureSet] params U[] u) => u; }
                void M() { Inner<string>.M(Cdt.D9996); Inner<int>.M(1, 2); Api.Generic(Cdt.D2940, null, this); }
            }
            """ },
        { "lambdas, local functions, expression bodies", """
            class A
            {
                System.Func<string> F => [EncounterContext(EncounterMode.Synchronous)] () => Cdt.D9996;
                System.Action<string> G => c => Api.Code(c ?? "d9996");
                string L() { return Local(); [EncounterContext(EncounterMode.Synchronous)] string Local() => Cdt.D9996; }
                event System.Action E { add => Api.Code("D0120"); remove { } }
                string this[int i] => i switch { 1 => Cdt.D9996, _ => "D-Day" };
            }
            """ },
        { "wrong marker targets", """
            class A
            {
                static void Int([CdtCode] int code, [CdtTooth] int tooth, [CdtNarrative] object? n = null) { }
                static void Str([CdtProcedureSet] string codes) { }
                static void Many([CdtCode] string a, [CdtCode] string b, [CdtTooth] string? t = null) { }
                static void Both([CdtCode, CdtTooth, CdtProcedureSet] string all) { }
                void M() { Int(5, 3); Str("D0120"); Many(Cdt.D2940, Cdt.D0120); Both(Cdt.D2940); Both("d9996"); }
            }
            """ },
        { "odd sets", """
            class A
            {
                void M(string[] x, dynamic d)
                {
                    Api.Codes([[Cdt.D9996]]);
                    Api.Codes([.. x, Cdt.D9996]);
                    Api.Codes(new string[2]);
                    Api.Codes(new string[1] { Cdt.D9996 });
                    Api.Codes(null!);
                    Api.Codes(default!);
                    Api.Day(null!);
                    Api.Day(Cdt.D9996, null!);
                    Api.Code(d);
                    Api.Day(d, Cdt.D9996);
                    _ = new CdtVisit { { "a", "b" } };
                    _ = new System.Collections.Generic.Dictionary<string, string> { { Cdt.D9996, "x" } };
                    CdtVisit v = new(EncounterMode.Synchronous) { Cdt.D9996 };
                }
            }
            """ },
        { "patterns and switches", """
            class A
            {
                int M([CdtCode] string code, CdtClaimLine line, EncounterMode mode)
                {
                    if (line is { Code: "D0120" or not "d0140", Tooth: null }) return 1;
                    if (code is [.., 'x']) return 2;
                    switch (mode)
                    {
                        case EncounterMode.Synchronous:
                            Api.Code(Cdt.D9996);
                            goto case EncounterMode.Asynchronous;
                        case EncounterMode.Asynchronous when code == "D9996":
                            return 3;
                        case > EncounterMode.Asynchronous:
                            return 4;
                    }

                    return code switch { "D0120" or "d0120" => 5, var x when x == Cdt.D2941 => 6, _ => 0 };
                }
            }
            """ },
        { "attribute arguments", """
            [System.ComponentModel.Description(Cdt.D2941)]
            class A { [System.ComponentModel.DefaultValue("D0120")] [CdtCode] public string Code { get; set; } = Cdt.D0801; }
            """ },
        { "a user catalog with broken rule data", """
            [CdtCodes.Rules.CdtConstants(TargetEdition = -5)]
            static class MyCdt
            {
                [CdtCodes.Rules.Deleted(2025, null!)] [CdtCodes.Rules.ReportedWith(null!)] [CdtCodes.Rules.ExclusiveWith(null!)]
                [CdtCodes.Rules.UseInstead(null!, 0)] [CdtCodes.Rules.Area((TreatmentArea)99, MinSurfaces = -1)]
                public const string D1111 = "D1111";
                [CdtCodes.Rules.Encounter((EncounterMode)7)] [CdtCodes.Rules.MaxPerDate(-1)] [CdtCodes.Rules.ExclusiveWith("D1111", FromEdition = 3000, ToEdition = 1)]
                public const string D2222 = "D2222";
                public const string NotACode = "hello";
                public const string Nothing = null!;
                [CdtCodes.Rules.Area(TreatmentArea.Surface, MinSurfaces = 3, MaxSurfaces = 1)]
                public const string D3333 = "D3333";
            }
            class B
            {
                void M()
                {
                    Api.Day(MyCdt.D1111, MyCdt.D2222, MyCdt.D2222, MyCdt.NotACode, MyCdt.D1111);
                    _ = new CdtClaimLine(MyCdt.D1111, "3", "MOD");
                    _ = new CdtClaimLine(MyCdt.D3333, "3", "MO");
                    _ = new CdtVisit(EncounterMode.Synchronous) { MyCdt.D2222, MyCdt.Nothing };
                }
            }
            """ },
        { "broken catalog registrations", """
            [assembly: CdtCodes.Rules.CdtCatalog(null!)]
            [assembly: CdtCodes.Rules.CdtCatalog(typeof(Missing))]
            [assembly: CdtCodes.Rules.CdtCatalog(typeof(int))]
            [assembly: CdtCodes.Rules.CdtCatalog(typeof(System.Collections.Generic.List<>))]
            class A { void M() => Api.Code("D0120"); }
            """ },
        { "records, with and anonymous objects", """
            record R([CdtCode] string Code, [CdtTooth] string? Tooth = null);
            class A
            {
                object M()
                {
                    var r = new R(Cdt.D2940) with { Code = "d2940" };
                    return new { Code = Cdt.D9996, Mode = EncounterMode.Synchronous, r };
                }
            }
            """ },
        { "constructors, initializers and default parameters", """
            class A
            {
                [CdtCode] private readonly string code = "D0120";
                [CdtProcedureSet] private readonly string[] set = { Cdt.D9996 };
                [CdtProcedureSet] public System.Collections.Generic.List<string> Set { get; } = new() { Cdt.D9996 };
                public A([CdtCode] string c = "d0120") : this(c, 1) { }
                public A(string c, int n) { code = c; }
                static A() { Api.Code("d0120"); }
                ~A() { Api.Code(Cdt.D2941); }
            }
            """ },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Never_throws(string name, string snippet)
    {
        _ = name;
        foreach (CatalogMode mode in new[] { CatalogMode.Source, CatalogMode.Reference, CatalogMode.None })
        {
            foreach (bool obsolete in new[] { false, true })
            {
                var compilation = CreateCompilation(TestApi.With(snippet), mode, new CatalogOptions(ObsoleteWithDiagnosticId: obsolete));
                await GetDiagnosticsAsync(compilation);
                await GetDiagnosticsAsync(compilation, TestOptionsProvider.TargetEdition(2017));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Never_throws_in_top_level_statements(string name, string snippet)
    {
        _ = name;
        var source = TestApi.Source + "\nApi.Code(\"d0120\");\nvar visit = new CdtVisit(EncounterMode.Synchronous) { Cdt.D9996 };\n" + snippet;
        var compilation = CreateCompilation(source, CatalogMode.Source, outputKind: OutputKind.ConsoleApplication);
        await GetDiagnosticsAsync(compilation);
    }

    [Fact]
    public async Task Nothing_without_the_runtime_library()
    {
        var compilation = CreateCompilation(TestApi.With("class A { object V => new CdtVisit { Cdt.D9996, \"d0120\" }; }"), CatalogMode.Source, referenceRuntime: false);
        var diagnostics = await GetDiagnosticsAsync(compilation);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Nothing_in_generated_code()
    {
        var source = "// <auto-generated/>\n" + TestApi.With("""
            [EncounterContext(EncounterMode.Synchronous)]
            class A { object V => new CdtVisit { Cdt.D9996, "d0120", "D0120", "D1234", Cdt.D2941 }; }
            """);
        var diagnostics = await GetDiagnosticsAsync(CreateCompilation(source));
        Assert.Empty(diagnostics);
    }
}

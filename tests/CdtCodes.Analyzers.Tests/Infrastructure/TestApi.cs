namespace CdtCodes.Tests.Infrastructure;

/// <summary>A user's own API with marked parameters and members, prepended to rule tests.</summary>
public static class TestApi
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using CdtCodes;
        using Dental;

        public static class Api
        {
            public static void Code([CdtCode] string code) { }
            public static void Day([CdtProcedureSet] params string[] codes) { }
            public static void Codes([CdtProcedureSet] IEnumerable<string> codes) { }
            public static void Lines([CdtProcedureSet] List<CdtClaimLine> lines) { }
            public static void Use(IEnumerable<string> codes) { }
            public static void Line(
                [CdtCode] string code,
                [CdtTooth] string? tooth = null,
                [CdtSurfaces] string? surfaces = null,
                [CdtArea] string? area = null,
                [CdtNarrative] string? narrative = null) { }
            public static void CodeAndTooth([CdtCode] string code, [CdtTooth] string? tooth) { }
            public static void CodeOnly([CdtCode] string code, string? note = null) { }
            public static T Generic<T>([CdtCode] string code, [CdtTooth] string? tooth, T value) => value;
        }

        public sealed class Claim
        {
            [CdtProcedureSet] public string[] Codes { get; set; } = [];
            [CdtCode] public string Primary { get; set; } = "";
            [CdtCode] public string Secondary = "";
        }

        """;

    public static string With(string body) => Source + body;
}

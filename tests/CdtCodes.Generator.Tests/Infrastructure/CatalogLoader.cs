using System.Reflection;
using System.Runtime.Loader;
using CdtCodes;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator.Tests.Infrastructure;

/// <summary>
/// Emits a generated compilation to memory and loads it in a collectible load context, so tests can call the
/// generated catalog. CdtCodes.dll resolves to the copy the tests already use, so CdtCode instances are usable as is.
/// </summary>
public sealed class LoadedCatalog : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Type _catalog;
    private readonly Type _constants;

    private LoadedCatalog(AssemblyLoadContext context, Assembly assembly, string ns)
    {
        _context = context;
        Assembly = assembly;
        _catalog = assembly.GetType(ns + ".CdtCatalog", throwOnError: true)!;
        _constants = assembly.GetType(ns + ".Cdt", throwOnError: true)!;
    }

    public Assembly Assembly { get; }

    public static LoadedCatalog Load(GeneratorRun run, string ns = "TestProject")
    {
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.True(emit.Success, GeneratorHarness.Describe(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new LoadedCatalog(context, context.LoadFromStream(stream), ns);
    }

    public CdtCodeSet Codes => (CdtCodeSet)_catalog.GetProperty("Codes")!.GetValue(null)!;

    public IReadOnlyList<CdtCode> All => (IReadOnlyList<CdtCode>)_catalog.GetProperty("All")!.GetValue(null)!;

    public CdtGraph Graph => (CdtGraph)_catalog.GetProperty("Graph")!.GetValue(null)!;

    public CdtCode Entry(string code) => (CdtCode)_catalog.GetProperty(code)!.GetValue(null)!;

    public string Constant(string code) => (string)_constants.GetField(code)!.GetRawConstantValue()!;

    public bool TryGet(string? code, out CdtCode? entry) => Invoke("TryGet", code, out entry);

    public bool TryParse(string? input, out CdtCode? entry) => Invoke("TryParse", input, out entry);

    public IReadOnlyList<CdtCode> InCategory(CdtCategory category) =>
        (IReadOnlyList<CdtCode>)_catalog.GetMethod("InCategory")!.Invoke(null, new object[] { category })!;

    public void Dispose() => _context.Unload();

    private bool Invoke(string method, string? argument, out CdtCode? entry)
    {
        var args = new object?[] { argument, null };
        bool found = (bool)_catalog.GetMethod(method)!.Invoke(null, args)!;
        entry = (CdtCode?)args[1];
        return found;
    }
}

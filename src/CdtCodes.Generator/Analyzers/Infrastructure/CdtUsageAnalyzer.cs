using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>
/// What every usage analyzer does first: skip generated code, run concurrently, and find the catalog symbols once per
/// compilation. A compilation that sees no CdtCodes runtime library gets no actions at all.
/// </summary>
public abstract class CdtUsageAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            CdtSymbols? symbols = CdtSymbols.For(start.Compilation);
            if (symbols != null)
            {
                Register(start, symbols, CdtSymbols.ReadTargetEditionOverride(start.Options));
            }
        });
    }

    /// <summary>Registers the rule family's actions for one compilation.</summary>
    /// <param name="start">The compilation's start context.</param>
    /// <param name="symbols">The catalog and runtime-library symbols of the compilation.</param>
    /// <param name="targetEditionOverride">The project's CdtCodesTargetEdition, or 0 to use each catalog's own.</param>
    private protected abstract void Register(CompilationStartAnalysisContext start, CdtSymbols symbols, int targetEditionOverride);
}

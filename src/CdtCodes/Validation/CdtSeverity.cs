namespace CdtCodes;

/// <summary>How serious a validation finding is.</summary>
public enum CdtSeverity
{
    /// <summary>Worth knowing; the visit is still valid.</summary>
    Info = 0,
    /// <summary>Probably wrong; a payer may deny or question the line.</summary>
    Warning,
    /// <summary>Wrong; the line cannot be billed as it is.</summary>
    Error,
}

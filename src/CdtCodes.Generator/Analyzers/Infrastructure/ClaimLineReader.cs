using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>What a claim-line call says about one slot (tooth, surfaces, area, narrative).</summary>
internal enum SlotState
{
    /// <summary>The API has no such parameter or member: nothing can be said.</summary>
    NoSlot = 0,

    /// <summary>Not given, given as null, or a constant empty/whitespace string.</summary>
    Absent,

    /// <summary>A constant value.</summary>
    Present,

    /// <summary>A non-constant value: counts as given, never judged.</summary>
    Unknown,
}

internal struct Slot
{
    public SlotState State;
    public string? Text;
}

/// <summary>
/// A call or object creation whose target has a [CdtCode] parameter or member and some of [CdtTooth],
/// [CdtSurfaces], [CdtArea], [CdtNarrative] (e.g. <c>new CdtClaimLine(code, tooth, surfaces, area, narrative:)</c>
/// or <c>new CdtClaimLine { Code = …, Tooth = … }</c>).
/// </summary>
internal sealed class ClaimLineCall
{
    public IOperation? CodeValue;
    public Slot Tooth;
    public Slot Surfaces;
    public Slot Area;
    public Slot Narrative;

    public static ClaimLineCall? TryRead(IOperation operation, CdtSymbols symbols)
    {
        ImmutableArray<IArgumentOperation> arguments;
        IObjectOrCollectionInitializerOperation? initializer = null;
        ITypeSymbol? createdType = null;
        switch (operation)
        {
            case IInvocationOperation invocation:
                arguments = invocation.Arguments;
                break;
            case IObjectCreationOperation creation:
                arguments = creation.Arguments;
                initializer = creation.Initializer;
                createdType = creation.Type;
                break;
            default:
                return null;
        }

        ClaimLineCall? call = null;
        int codes = 0;
        foreach (IArgumentOperation argument in arguments)
        {
            CdtMarks marks = symbols.GetMarks(argument.Parameter);
            if (marks == CdtMarks.None || argument.Value == null)
            {
                continue;
            }

            call ??= new ClaimLineCall();
            if (call.Apply(marks, argument.Value))
            {
                codes++;
            }
        }

        if (createdType != null)
        {
            // Settable marked members of the created type are slots even when the initializer leaves them out.
            CdtMarks memberMarks = symbols.GetMemberMarks(createdType);
            if (memberMarks != CdtMarks.None)
            {
                call ??= new ClaimLineCall();
                call.Declare(memberMarks);
            }

            if (initializer != null)
            {
                foreach (IOperation member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation assignment)
                    {
                        CdtMarks marks = assignment.Target switch
                        {
                            IPropertyReferenceOperation property => symbols.GetMarks(property.Property),
                            IFieldReferenceOperation field => symbols.GetMarks(field.Field),
                            _ => CdtMarks.None,
                        };
                        if (marks != CdtMarks.None && call != null && call.Apply(marks, assignment.Value))
                        {
                            codes++;
                        }
                    }
                }
            }
        }

        // One code per line; two [CdtCode] values (or none) is not a claim-line call this rule understands.
        return call != null && codes == 1 && call.CodeValue != null ? call : null;
    }

    /// <summary>Surface letters in a constant surfaces string ("MOD" = 3); separators and spaces are not surfaces.</summary>
    public static int CountSurfaces(string surfaces)
    {
        int count = 0;
        foreach (char c in surfaces)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            {
                count++;
            }
        }

        return count;
    }

    private void Declare(CdtMarks marks)
    {
        if ((marks & CdtMarks.Tooth) != 0 && Tooth.State == SlotState.NoSlot) Tooth.State = SlotState.Absent;
        if ((marks & CdtMarks.Surfaces) != 0 && Surfaces.State == SlotState.NoSlot) Surfaces.State = SlotState.Absent;
        if ((marks & CdtMarks.Area) != 0 && Area.State == SlotState.NoSlot) Area.State = SlotState.Absent;
        if ((marks & CdtMarks.Narrative) != 0 && Narrative.State == SlotState.NoSlot) Narrative.State = SlotState.Absent;
    }

    /// <summary>Records a value for the slots it is marked as; true when it is the code.</summary>
    private bool Apply(CdtMarks marks, IOperation value)
    {
        if ((marks & CdtMarks.Tooth) != 0) Tooth = Read(value);
        if ((marks & CdtMarks.Surfaces) != 0) Surfaces = Read(value);
        if ((marks & CdtMarks.Area) != 0) Area = Read(value);
        if ((marks & CdtMarks.Narrative) != 0) Narrative = Read(value);
        if ((marks & CdtMarks.Code) != 0)
        {
            CodeValue = value;
            return true;
        }

        return false;
    }

    private static Slot Read(IOperation value)
    {
        IOperation unwrapped = CodePositions.Unwrap(value);
        if (!unwrapped.ConstantValue.HasValue)
        {
            return new Slot { State = SlotState.Unknown };
        }

        object? constant = unwrapped.ConstantValue.Value;
        if (constant == null || (constant is string text && string.IsNullOrWhiteSpace(text)))
        {
            return new Slot { State = SlotState.Absent };
        }

        return new Slot { State = SlotState.Present, Text = constant as string };
    }
}

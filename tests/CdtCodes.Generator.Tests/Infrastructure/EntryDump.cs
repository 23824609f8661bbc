using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace CdtCodes.Generator.Tests.Infrastructure;

/// <summary>Every public property of an entry, nested lists and records included, as one comparable string.</summary>
public static class EntryDump
{
    public static string Of(CdtCode entry)
    {
        var builder = new StringBuilder();
        Append(builder, entry);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append('"').Append(text).Append('"');
                break;
            case IEnumerable items:
                builder.Append('[');
                foreach (object? item in items)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case CdtCode or CdtFaqEntry or CdtRelation or CdtExclusion:
                builder.Append('{');
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    builder.Append(property.Name).Append('=');
                    Append(builder, property.GetValue(value));
                    builder.Append(';');
                }

                builder.Append('}');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}

namespace Broken;

// Compiles although broken.json does not: the other definitions still generate.
public static class Codes
{
    public static readonly string[] Used = { Cdt.D1110, Cdt.D9995 };
}

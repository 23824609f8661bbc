namespace NoStarter;

public static class Codes
{
    public static string Cleaning => Cdt.D1110;
}

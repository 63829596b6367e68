using Entente.Testing;

namespace Entente.Data.Tests.Atop;

/// <summary>The research files in <c>../shared/data</c> beside the repository; never copied into the repository.</summary>
internal static class SharedData
{
    public static string Folder { get; } = Repository.Shared("data");

    public static string States => Path.Combine(Folder, "cow-states-2016", "states2016.csv");
    public static string AtopMembers => Path.Combine(Folder, "atop-4.01", "atop-member-level.csv");
    public static string Atop51Dyads => Path.Combine(Folder, "atop-5.1-ddy-peacesciencer", "atop_alliance.derived.csv");
}

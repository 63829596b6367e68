using Microsoft.Extensions.Logging;

namespace Entente.Web.Api;

/// <summary>What POST /api/check says in the server's log.</summary>
internal static partial class CheckLog
{
    /// <summary>The log category, for a listener that wants these lines only.</summary>
    public const string Category = "Entente.Web.Check";

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "POST /api/check of {Characters} characters stopped: the client went away")]
    public static partial void ClientGone(ILogger logger, int characters);
}

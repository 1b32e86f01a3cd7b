using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Qujing.Web.Data.Configurations;

/// <summary>
/// Stores an instant as UTC ticks (an integer), for the columns queries order or compare in SQL (revision and audit
/// times, due dates, heartbeats): EF Core's SQLite provider keeps a DateTimeOffset as text with its offset and cannot
/// translate ORDER BY or comparisons on it. One converter for every such column, on both providers.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

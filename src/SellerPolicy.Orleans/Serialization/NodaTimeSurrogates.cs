using NodaTime;

namespace SellerPolicy.Orleans.Serialization;

/// <summary>The wire form of a NodaTime <see cref="LocalDate"/> (ISO calendar): year, month, day.</summary>
[GenerateSerializer]
internal struct LocalDateSurrogate
{
    [Id(0)] public int Year;
    [Id(1)] public int Month;
    [Id(2)] public int Day;
}

/// <summary>Converts <see cref="LocalDate"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class LocalDateSurrogateConverter : IConverter<LocalDate, LocalDateSurrogate>
{
    public LocalDate ConvertFromSurrogate(in LocalDateSurrogate surrogate) => new(surrogate.Year, surrogate.Month, surrogate.Day);

    public LocalDateSurrogate ConvertToSurrogate(in LocalDate value) => new() { Year = value.Year, Month = value.Month, Day = value.Day };
}

/// <summary>The wire form of a NodaTime <see cref="Instant"/>: ticks since the Unix epoch.</summary>
[GenerateSerializer]
internal struct InstantSurrogate
{
    [Id(0)] public long UnixTimeTicks;
}

/// <summary>Converts <see cref="Instant"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class InstantSurrogateConverter : IConverter<Instant, InstantSurrogate>
{
    public Instant ConvertFromSurrogate(in InstantSurrogate surrogate) => Instant.FromUnixTimeTicks(surrogate.UnixTimeTicks);

    public InstantSurrogate ConvertToSurrogate(in Instant value) => new() { UnixTimeTicks = value.ToUnixTimeTicks() };
}

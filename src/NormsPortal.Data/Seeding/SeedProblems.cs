namespace NormsPortal.Data.Seeding;

/// <summary>
/// Collects what is wrong with seed data, so that one run reports every problem at once instead of
/// the first, then throws them together as an <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class SeedProblems(string subject)
{
    private readonly List<string> _problems = [];

    public void Add(string problem) => _problems.Add(problem);

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidDataException($"{subject} is invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", _problems)}");
        }
    }
}

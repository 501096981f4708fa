namespace NormsPortal.Data.Sqlite; public static class Placeholder { }

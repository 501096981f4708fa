namespace NormsPortal.Data.Postgres; public static class Placeholder { }

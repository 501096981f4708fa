namespace NormsPortal.Data; public static class Placeholder { }

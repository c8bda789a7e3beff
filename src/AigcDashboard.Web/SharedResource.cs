namespace AigcDashboard.Web;

/// <summary>Marker type for the UI strings in Resources/SharedResource.resx (English) and
/// SharedResource.zh.resx (简体中文), which are edited directly; a test checks that both
/// languages have every key.</summary>
public sealed class SharedResource;

namespace Qujing.Web.Areas.Admin.Models;

public sealed record Dashboard(int Sections, int Schools, int Milestones, int Figures, int Quotes, int OpenReportItems);

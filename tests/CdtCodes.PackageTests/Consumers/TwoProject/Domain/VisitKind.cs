using CdtCodes;

namespace Clinic.Domain
{
    public enum VisitKind
    {
        [EncounterContext(EncounterMode.Synchronous)]
        LiveVideo,

        [EncounterContext(EncounterMode.Asynchronous)]
        PhotoReview,
    }
}

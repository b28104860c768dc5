"""The fixed vocabularies of the domain. Values are stored; labels are translated."""

from __future__ import annotations

from enum import StrEnum

from planner.i18n.markers import N_


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry an English label marked for translation."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]


class StrengthKind(LabelledEnum):
    TECHNICAL = "technical"
    CREATIVE = "creative"
    ANALYTICAL = "analytical"
    PEOPLE = "people"


class Road(LabelledEnum):
    """The four roads of the Norwegian article."""

    DEEP_SPECIALIST = "deep_specialist"
    SEMI_SPECIALIST = "semi_specialist"
    GENERALIST_LEADER = "generalist_leader"
    COMMUNICATION_BRAND = "communication_brand"


class LearningGroup(LabelledEnum):
    PEER = "peer"
    FORMAL = "formal"
    SELF_DIRECTED = "self_directed"


class LearningType(LabelledEnum):
    MENTOR = "mentor"
    TWITTER_LIST = "twitter_list"
    COMMUNITY = "community"
    COURSE = "course"
    CERTIFICATION = "certification"
    DEGREE = "degree"
    BOOK_PODCAST = "book_podcast"
    CONFERENCE = "conference"
    JOB_PROJECT = "job_project"

    @property
    def group(self) -> LearningGroup:
        return LEARNING_GROUPS[self]


# The Swahili article's two sides: learning from peers and mentors, and
# personal (formal) education; what is neither is self-directed.
LEARNING_GROUPS: dict[LearningType, LearningGroup] = {
    LearningType.MENTOR: LearningGroup.PEER,
    LearningType.TWITTER_LIST: LearningGroup.PEER,
    LearningType.COMMUNITY: LearningGroup.PEER,
    LearningType.CONFERENCE: LearningGroup.PEER,
    LearningType.COURSE: LearningGroup.FORMAL,
    LearningType.CERTIFICATION: LearningGroup.FORMAL,
    LearningType.DEGREE: LearningGroup.FORMAL,
    LearningType.BOOK_PODCAST: LearningGroup.SELF_DIRECTED,
    LearningType.JOB_PROJECT: LearningGroup.SELF_DIRECTED,
}


class PlanStatus(LabelledEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Seniority(LabelledEnum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    LEAD = "lead"


class GoalStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


_LABELS: dict[str, dict[str, str]] = {
    "StrengthKind": {
        "technical": N_("Technical"),
        "creative": N_("Creative"),
        "analytical": N_("Analytical"),
        "people": N_("People and persuasion"),
    },
    "Road": {
        "deep_specialist": N_("Deep specialist (one area)"),
        "semi_specialist": N_("Semi-specialist (2–3 areas)"),
        "generalist_leader": N_("Generalist: leadership and strategic thinking"),
        "communication_brand": N_("Communication and brand"),
    },
    "LearningGroup": {
        "peer": N_("Peer learning"),
        "formal": N_("Formal education"),
        "self_directed": N_("Self-directed"),
    },
    "LearningType": {
        "mentor": N_("Mentor or colleague"),
        "twitter_list": N_("Twitter/X list"),
        "community": N_("Community"),
        "course": N_("Course"),
        "certification": N_("Certification"),
        "degree": N_("Degree"),
        "book_podcast": N_("Book or podcast"),
        "conference": N_("Conference or event"),
        "job_project": N_("On-the-job project"),
    },
    "PlanStatus": {
        "idea": N_("Idea"),
        "planned": N_("Planned"),
        "in_progress": N_("In progress"),
        "done": N_("Done"),
        "dropped": N_("Dropped"),
    },
    "Seniority": {
        "junior": N_("Junior"),
        "mid": N_("Mid-level"),
        "senior": N_("Senior"),
        "lead": N_("Lead"),
    },
    "GoalStatus": {
        "open": N_("Open"),
        "in_progress": N_("In progress"),
        "done": N_("Done"),
        "dropped": N_("Dropped"),
    },
}

"""The case's plan (onderwijs- en hulpverleningsplan): items drafted from the Tijdlijn, saved
as versions discussed with the parents, their differences and the evaluations that are due."""

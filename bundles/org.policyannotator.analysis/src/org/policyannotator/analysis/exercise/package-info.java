/**
 * Coding exercises: packaging documents, schema and guidelines for students
 * ({@link org.policyannotator.analysis.exercise.ExercisePackage}), packing a student's sets
 * ({@link org.policyannotator.analysis.exercise.Submissions}), and grading a folder of submissions against a
 * reference ({@link org.policyannotator.analysis.exercise.Grader}) into a CSV gradebook and an HTML report. Every zip
 * from outside is opened with {@link org.policyannotator.analysis.exercise.SafeZip}.
 */
package org.policyannotator.analysis.exercise;

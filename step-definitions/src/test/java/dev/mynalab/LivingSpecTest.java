package dev.mynalab;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature of the living spec ({@code features/}, on the classpath as package {@code
 * features}) as part of {@code ./mvnw verify}. Configuration: {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
public class LivingSpecTest {}

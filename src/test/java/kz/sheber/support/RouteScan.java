package kz.sheber.support;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the app's views the way Vaadin's Spring integration does, package-private ones included (Karibu's own
 * discovery sees public classes only, and our views are package-private on purpose).
 */
final class RouteScan {

    private RouteScan() {}

    @SuppressWarnings("unchecked")
    static Routes routes(String basePackage) {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (BeanDefinition candidate :
                scanner(new AnnotationTypeFilter(Route.class)).findCandidateComponents(basePackage)) {
            views.add((Class<? extends Component>) load(candidate));
        }
        // Karibu registers @Layout classes it finds among the views as the automatic layout
        for (BeanDefinition candidate : scanner(new AnnotationTypeFilter(com.vaadin.flow.router.Layout.class))
                .findCandidateComponents(basePackage)) {
            views.add((Class<? extends Component>) load(candidate));
        }
        for (BeanDefinition candidate :
                scanner(new AssignableTypeFilter(HasErrorParameter.class)).findCandidateComponents(basePackage)) {
            errorViews.add((Class<? extends HasErrorParameter<?>>) load(candidate));
        }
        return new Routes(views, errorViews, true);
    }

    private static ClassPathScanningCandidateComponentProvider scanner(
            org.springframework.core.type.filter.TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(filter);
        return scanner;
    }

    private static Class<?> load(BeanDefinition candidate) {
        return ClassUtils.resolveClassName(candidate.getBeanClassName(), RouteScan.class.getClassLoader());
    }
}

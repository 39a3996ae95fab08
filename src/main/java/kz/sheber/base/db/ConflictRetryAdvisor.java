package kz.sheber.base.db;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link RetryOnConflict} around the bean's other advice, so each retry runs the method's whole transaction
 * (and its security check) again rather than a statement inside a doomed one.
 */
@Component
class ConflictRetryAdvisor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    ConflictRetryAdvisor(ObjectProvider<ConflictRetry> retry) {
        MethodInterceptor interceptor = invocation -> {
            ProxyMethodInvocation call = (ProxyMethodInvocation) invocation;
            return retry.getObject().run(ConflictRetry.ATTEMPTS, e -> false, () -> {
                try {
                    return call.invocableClone().proceed();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable checked) {
                    throw new IllegalStateException(checked);
                }
            });
        };
        this.advisor = new DefaultPointcutAdvisor(
                new ComposablePointcut(new AnnotationMatchingPointcut(RetryOnConflict.class, true))
                        .union(AnnotationMatchingPointcut.forMethodAnnotation(RetryOnConflict.class)),
                interceptor);
        setBeforeExistingAdvisors(true);
    }
}

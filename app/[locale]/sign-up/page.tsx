import { AuthPage, type AuthPageProps } from '@/components/auth-page';
import { signUpAction } from '../auth-actions';
import { titled } from '@/app/_metadata/page-title';

export const generateMetadata = titled('signUp');

export default function SignUpPage(props: AuthPageProps) {
  return <AuthPage mode="sign-up" action={signUpAction} {...props} />;
}
